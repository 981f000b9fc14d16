"""Talks in sentences written for the purpose: the one met when an adjunct stands between the verb
and its object (« a rencontré lors de sa visite le président X »)."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


ADJUNCT_FIRST = [
    ("Le ministre portugais de la Défense a rencontré lors de cette visite le président ghanéen et son homologue.",
     talks_each(({"Portugal", "Ghana"}, set()))),
    ("La ministre suédoise a rencontré au cours de son séjour le Premier ministre kényan William Otieno.",
     talks_each(({"Suède", "Kenya"}, set()))),
]


@pytest.mark.parametrize(("text", "told"), ADJUNCT_FIRST)
def test_the_one_met_after_an_adjunct(text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """An object the parser hangs on the adjunct before it is still the one met."""
    assert _told(text) == told


NOT_MET = [
    # a noun hung on the adjunct by a preposition is not the one met
    "Le ministre portugais de la Défense a rencontré lors de la visite du président ghanéen des chefs d'entreprise.",
    # the adjunct's noun alone, nobody after it
    "Le ministre portugais de la Défense a rencontré lors de cette visite des difficultés.",
]


@pytest.mark.parametrize("text", NOT_MET)
def test_no_one_met_after_an_adjunct(text: str) -> None:
    """Nothing after the adjunct that could be the one met: no talks."""
    assert _told(text) == []
