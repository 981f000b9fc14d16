"""Talks with an official named by a title, its portfolio and the state (session 41): « les entretiens avec le
ministre des Affaires étrangères du Ghana » — the parser hangs the state on the portfolio, not on the title, and the
state still names the side met. The same state on both sides, or an official only praised, is no talk. Sentences
and names written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import negotiation_sides
from tests.test_extractors import PUBLISHED


def _talks(text: str) -> list[set[str]]:
    return negotiation_sides(f"Titre\n{text}", PUBLISHED)


@pytest.mark.parametrize(("text", "sides"), [
    ("Le chef de la diplomatie sénégalaise a tenu plusieurs entretiens à Genève. Les échanges avec la ministre des "
     "Affaires étrangères du Ghana ont porté sur la sécurité régionale.", {"Sénégal", "Ghana"}),
    ("Le ministre chilien des Affaires étrangères a multiplié les rencontres à Lima. Avec le ministre des Affaires "
     "étrangères de la Bolivie, les discussions ont porté sur la frontière.", {"Chili", "Bolivie"}),
    ("La ministre italienne a passé deux jours à Tunis. Quant aux entretiens avec le ministre de l'Intérieur de la "
     "Tunisie, ils ont porté sur les migrations.", {"Italie", "Tunisie"}),
    ("Le président kényan a discuté avec le ministre des Affaires étrangères de l'Ouganda de la sécurité régionale.",
     {"Kenya", "Ouganda"}),
])
def test_state_of_the_portfolio_is_the_side_met(text: str, sides: set[str]) -> None:
    assert sides in _talks(text)


@pytest.mark.parametrize("text", [
    "Le ministre nigérian des Affaires étrangères a eu des échanges avec le ministre de la Défense du Nigeria.",
    "Le ministre sénégalais a salué le travail du ministre des Affaires étrangères du Ghana.",
    "Le ministre chilien a critiqué les échanges entre le ministre des Affaires étrangères de la Bolivie et la presse.",
])
def test_no_talks_through_a_portfolio(text: str) -> None:
    assert not [s for s in _talks(text) if len(s) >= 2]
