"""The place a ministry's release closes its title with, in brackets beside a date (« Déclaration du ministre ...
(Ville, 12.05.2022) », session 46): a dateline, where talks told with no venue are held when the city lies in one
side's state; a bracket with no date, or a city in neither side's state, places nothing. Sentences written for the
purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import sides_and_venues
from tests.test_extractors import PUBLISHED

_TITLE = "Déclaration du ministre des Affaires étrangères après sa rencontre avec son homologue chypriote"
_LEDE = "Le ministre grec des Affaires étrangères s'est entretenu avec son homologue chypriote de la situation en " \
    "Méditerranée orientale."


def _talks(title: str) -> list[tuple[set[str], set[str]]]:
    facts = analyse_text(f"{title}\n\n{_LEDE}\n", published=PUBLISHED).facts
    return sides_and_venues([f for f in facts if f.kind == "negotiation"])


@pytest.mark.parametrize("closing", ["(Limassol, 12.05.2022)", "(Limassol, 12 mai 2022)"])
def test_a_title_closed_by_a_place_and_a_date_places_the_talks(closing: str) -> None:
    assert _talks(f"{_TITLE} {closing}") == [({"Grèce", "Chypre"}, {"Limassol"})]


@pytest.mark.parametrize("closing", [
    "(Limassol)",  # no date: a bracket of the title, no dateline
    "(Lyon, 12.05.2022)",  # a city in neither side's state
])
def test_no_venue_from_a_bracket_with_no_date_or_a_city_of_neither_side(closing: str) -> None:
    assert _talks(f"{_TITLE} {closing}") == [({"Grèce", "Chypre"}, set())]
