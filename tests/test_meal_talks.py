"""A working meal between leaders is a meeting (« à l'issue d'un déjeuner à l'Elysée entre A et B », « un dîner
avec le roi de X »), which real pages told instead of « une rencontre »; a meal with no one of another side met is
no talks. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


@pytest.mark.parametrize(("text", "told"), [
    ("C'est à l'issue d'un déjeuner à Lisbonne entre le président portugais et le président ghanéen que ces "
     "accords ont été conclus.", talks_each(({"Portugal", "Ghana"}, {"Lisbonne"}))),
    ("Après un dîner avec le roi de Jordanie, le président chypriote a quitté Amman.",
     talks_each(({"Chypre", "Jordanie"}, set()))),
])
def test_a_meal_between_leaders_of_two_states_is_talks(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« un déjeuner à X entre A et B », « un dîner avec le roi de X »."""
    assert _told(text) == told


@pytest.mark.parametrize("text", [
    "Le président a offert un dîner de gala aux invités du salon.",
    "Un déjeuner de travail a réuni les ministres du gouvernement.",
])
def test_a_meal_with_no_side_met_is_no_talks(text: str) -> None:
    """A meal given to guests or to one government's ministers."""
    assert _told(text) == []
