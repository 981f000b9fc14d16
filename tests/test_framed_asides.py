"""Talks framing a sentence (« Lors de leur rencontre, A et B ont ... ») whose first side is followed by an aside
set off by commas (« A, nommée en mars à ce poste, et B ont ... »): the aside is skipped, both sides are read.
Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_extractors import PUBLISHED


def _talks(text: str) -> list[Fact]:
    return [f for f in analyse_text(text, published=PUBLISHED).facts if f.kind == "negotiation"]


def _sides(text: str) -> list[set[str]]:
    return [{e.label for e in f.get("participant")} for f in _talks(text)]


INTRO = ("La ministre norvégienne des Affaires étrangères Ingrid Solberg et son homologue chilien Pablo Ruiz "
         "veulent renforcer la coopération maritime. ")


@pytest.mark.parametrize(("text", "sides"), [
    (INTRO + "Lors de leur rencontre à Oslo, Solberg, nommée en mars à ce poste, et Ruiz ont convenu d'un plan "
     "commun.", {"Norvège", "Chili"}),
    (INTRO + "Au cours de leur entretien, Ruiz, arrivé la veille, et Solberg ont évoqué la pêche.",
     {"Norvège", "Chili"}),
    ("Le président ghanéen Kofi Mensah a accueilli le roi du Maroc. À l'issue de leurs discussions, le Ghana, "
     "devenu un partenaire majeur, et le Maroc ont publié un communiqué.", {"Ghana", "Maroc"}),
])
def test_aside_skipped(text: str, sides: set[str]) -> None:
    assert sides in _sides(text)


@pytest.mark.parametrize("text", [
    INTRO + "Pendant la conférence, Ruiz, venu de Santiago, a parlé avec des journalistes suédois.",
    INTRO + "Après la réunion, Solberg, interrogée par la presse italienne, a salué un accord.",
])
def test_aside_names_no_side(text: str) -> None:
    assert all(not s & {"Suède", "Italie"} and s != {"Chili"} for s in _sides(text))
