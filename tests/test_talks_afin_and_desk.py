"""Talks the parser hides or misreads: a trip « afin de discuter » (the infinitive hung on « afin »), and a wire
dateline in capitals the parser takes for the lede's subject (the desk's city is no side, nor a mention). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import sides_and_venues
from tests.test_extractors import PUBLISHED


def _talks(lede: str, title: str = "Titre") -> list[tuple[set[str], set[str]]]:
    facts = analyse_text(f"{title}\n\n{lede}\n", published=PUBLISHED).facts
    return sides_and_venues([f for f in facts if f.kind == "negotiation"])


@pytest.mark.parametrize(("lede", "told"), [
    ("Le ministre turc de la Défense s'est rendu au Niger afin de discuter de la coopération militaire.",
     ({"Turquie", "Niger"}, {"Niger"})),
    ("Le président russe s'est rendu en Inde afin de renforcer les liens entre les deux pays.",
     ({"Russie", "Inde"}, {"Inde"})),
])
def test_a_trip_made_afin_de_talk_is_talks_where_it_goes(lede: str, told: tuple[set[str], set[str]]) -> None:
    assert _talks(lede) == [told]


def test_a_bare_trip_is_still_no_talks() -> None:
    assert _talks("Le ministre turc de la Défense s'est rendu au Niger lundi avec sa famille.") == []


@pytest.mark.parametrize("opening", ["BUENOS AIRES \u2013", "BUENOS AIRES -"])
def test_the_city_of_a_capitals_dateline_is_no_mention_of_the_lede(opening: str) -> None:
    found = analyse_text(f"Titre\n\n{opening} Le ministre chilien de la Défense a rencontré samedi son homologue "
                         "péruvien.\n", published=PUBLISHED)
    assert sorted(e.label for e in found.mentions.values()) == ["Chili", "Pérou"]
    assert sides_and_venues([f for f in found.facts if f.kind == "negotiation"]) == [({"Chili", "Pérou"}, set())]


def test_a_city_in_capitals_inside_the_lede_is_still_read() -> None:
    found = analyse_text("Titre\n\nLe ministre chilien de la Défense a rencontré à BUENOS AIRES son homologue "
                         "péruvien.\n", published=PUBLISHED)
    assert "Buenos Aires" in {e.label for e in found.mentions.values()}
