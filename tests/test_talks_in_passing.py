"""Talks told in passing on a main verb (session 37): « X est reparti peu après des entretiens avec Y », « X a eu
peu après des entretiens avec Y »: a noun of talks under a preposition of time that hangs on a verb was held by the
verb's subject, with the one its « avec » names. Talks between others, or someone else's, stay theirs. Sentences
and names written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import negotiation_sides
from tests.test_extractors import PUBLISHED


def _talks(text: str) -> list[set[str]]:
    return negotiation_sides(f"Titre\n{text}", PUBLISHED)


@pytest.mark.parametrize(("text", "sides"), [
    ("Le président kényan William Ruto a eu peu après des entretiens avec le Premier ministre éthiopien Abiy Ahmed.",
     {"Kenya", "Éthiopie"}),
    ("Le ministre péruvien des Affaires étrangères est reparti peu après des entretiens avec son homologue chilien.",
     {"Pérou", "Chili"}),
    ("Le président sénégalais a quitté Rabat après des entretiens avec le roi du Maroc.", {"Sénégal", "Maroc"}),
    ("Le chancelier autrichien a regagné Vienne juste après des entretiens avec la présidente du Conseil italien.",
     {"Autriche", "Italie"}),
    ("Le Premier ministre néo-zélandais s'est envolé pour Tokyo peu après une rencontre avec le président "
     "indonésien.", {"Nouvelle-Zélande", "Indonésie"}),
    ("Arrivé samedi en fin de matinée à Manama, en provenance d'Oman pour une visite officielle à Bahreïn, le "
     "président égyptien a eu peu après, des entretiens en tête-à-tête avec le roi de Bahreïn.", {"Égypte", "Bahreïn"}),
    ("Le président égyptien a eu des entretiens avec l'Emir du Koweït.", {"Égypte", "Koweït"}),
])
def test_talks_on_the_main_verb(text: str, sides: set[str]) -> None:
    assert sides in _talks(text)


@pytest.mark.parametrize("text", [
    "Le ministre brésilien a réagi peu après des entretiens entre le Chili et le Pérou.",
    "Le président argentin a salué, peu après, les entretiens du ministre chilien avec son homologue bolivien.",
    "Les cours du pétrole ont bondi peu après des entretiens avec le ministre saoudien.",
])
def test_no_talks_of_others(text: str) -> None:
    assert not any(len(s) >= 2 and ("Brésil" in s or "Argentine" in s) for s in _talks(text))
    assert all(len(s) <= 2 for s in _talks(text))
