"""A lede opened by a place in capitals and a dash (« SANTIAGO - Le ministre ... »), as wire dispatches open: a
dateline, where talks told with no venue are held when the city lies in one side's state; a city of neither side,
or words in capitals that name no known city (a desk's name), place nothing. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import sides_and_venues
from tests.test_extractors import PUBLISHED

_TITLE = "Le Chili et le Pérou veulent approfondir leur coopération militaire"
_LEDE = "Le ministre chilien de la Défense a reçu mercredi son homologue péruvien pour parler des frontières."


def _talks(opening: str) -> list[tuple[set[str], set[str]]]:
    facts = analyse_text(f"{_TITLE}\n\n{opening} {_LEDE}\n", published=PUBLISHED).facts
    return sides_and_venues([f for f in facts if f.kind == "negotiation"])


@pytest.mark.parametrize(("opening", "city"), [("SANTIAGO -", "Santiago"), ("LIMA \u2013", "Lima")])
def test_a_place_in_capitals_and_a_dash_is_a_dateline(opening: str, city: str) -> None:
    assert _talks(opening) == [({"Chili", "Pérou"}, {city})]


@pytest.mark.parametrize("opening", [
    "MADRID -",  # a city in neither side's state
    "LE QUOTIDIEN -",  # a desk's name, no city
])
def test_no_venue_from_a_city_of_neither_side_or_words_that_name_none(opening: str) -> None:
    assert _talks(opening) == [({"Chili", "Pérou"}, set())]
