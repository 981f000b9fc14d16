"""The place a headline gives the event it has talks at (« ... rencontre ses homologues au G20 en Inde », « ... au
sommet de l'UA en Éthiopie »), when the body frames its talks by that event without a place (« lors du sommet du
G20 », « en marge du sommet »); a headline place of something else (a crash, a past event) or of another event is
no venue. Texts written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _venues(text: str) -> set[str]:
    talks = [f for f in analyse_text(text, published=PUBLISHED).facts if f.kind == "negotiation"]
    assert talks
    return {e.label for f in talks for part in f.parts for e in part.get("place")}


@pytest.mark.parametrize("text, place", [
    ("Le ministre turc rencontre ses homologues au G20 en Inde\n"
     "Lors du sommet des ministres des Finances du G20, le ministre turc des Finances a discuté avec son homologue "
     "brésilien de la coopération bilatérale.", "Inde"),
    ("Diplomatie : le chef de la diplomatie kényane au sommet de l'UA en Éthiopie\n"
     "En marge du sommet de l'UA, le ministre kényan des Affaires étrangères a rencontré son homologue ghanéen.",
     "Éthiopie"),
    ("Le président chilien s'entretient avec ses voisins au sommet du Mercosur à Montevideo\n"
     "En marge du sommet, le président chilien a rencontré le président paraguayen.", "Montevideo"),
])
def test_the_headline_place_of_the_event_holds_its_talks(text: str, place: str) -> None:
    assert place in _venues(text)


@pytest.mark.parametrize("text, place", [
    # a crash, a past event, another event: their places hold no talks framed by the summit
    ("Crash d'un hélicoptère en Éthiopie : trois morts\n"
     "En marge du sommet de l'UA, le ministre kényan des Affaires étrangères a rencontré son homologue ghanéen.",
     "Éthiopie"),
    ("Un an après le sommet de l'OTAN en Lituanie, les alliés divisés\n"
     "En marge du sommet, le ministre polonais de la Défense a rencontré son homologue allemand.", "Lituanie"),
    ("Le ministre turc rencontre ses homologues au G20 en Inde\n"
     "Lors du sommet de l'OTAN, le ministre turc de la Défense a discuté avec son homologue grec.", "Inde"),
])
def test_a_headline_place_of_something_else_is_no_venue(text: str, place: str) -> None:
    assert place not in _venues(text)
