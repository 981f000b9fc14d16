"""A state the lede has someone visit (session 46): « X a entamé samedi au Maroc une tournée » (the visit the verb's
object) places the talks the headline tells with that state, as a dateline's city does; a visit still to come
places nothing. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import sides_and_venues
from tests.test_extractors import PUBLISHED

_TITLE = "Le ministre allemand de la Défense reçu par le roi du Maroc"
_TALKS = "Le roi et le ministre ont discuté des moyens de renforcer la coopération entre les deux pays."


def _talks(lede: str) -> list[tuple[set[str], set[str]]]:
    facts = analyse_text(f"{_TITLE}\n\n{lede}\n\n{_TALKS}\n", published=PUBLISHED).facts
    return sides_and_venues([f for f in facts if f.kind == "negotiation"])


@pytest.mark.parametrize("lede", [
    "Hans Weber a entamé samedi au Maroc une tournée régionale qui le mènera aussi en Tunisie.",
    "Hans Weber a commencé dimanche au Maroc une visite de trois jours.",
])
def test_a_tour_begun_in_the_state_places_the_headline_talks(lede: str) -> None:
    assert _talks(lede) == [({"Allemagne", "Maroc"}, {"Maroc"})]


@pytest.mark.parametrize("lede", [
    "Hans Weber entamera lundi au Maroc une tournée régionale qui le mènera aussi en Tunisie.",
    "Hans Weber a annoncé samedi à la presse une tournée régionale au printemps.",
])
def test_no_venue_from_a_tour_to_come_or_a_state_not_visited(lede: str) -> None:
    assert _talks(lede) == [({"Allemagne", "Maroc"}, set())]
