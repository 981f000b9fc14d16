"""A dispatch whose lede opens with the place it is filed from and a full stop or a colon (« Lima. Le ministre ... »,
« SANTIAGO: Les ministres ... »): talks told with no venue are held there when it lies in a side's state, as under a
dashed dateline; not a call, not a city of neither side, not an opening that is no city. Sentences written for the
purpose."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import talks_each, talks_told

PUBLISHED = dt.date(2025, 3, 10)


@pytest.mark.parametrize("text, venue", [
    ("Lima. Le ministre chilien de la Défense a rencontré mardi son homologue péruvien.", "Lima"),
    ("NAIROBI: La ministre allemande des Affaires étrangères s'est entretenue avec le président kényan.", "Nairobi"),
    ("Hanoï. Le président vietnamien a reçu le Premier ministre laotien pour évoquer la sécurité des frontières.",
     "Hanoï"),
])
def test_talks_are_held_where_the_lede_opens(text: str, venue: str) -> None:
    assert all(venues == {venue} for _sides, venues in talks_told(text, PUBLISHED))
    assert talks_told(text, PUBLISHED)


def test_talks_between_sides_placed_there_before_are_held_there_too() -> None:
    """Three states met there; two of them meeting afterwards are not placed « elsewhere »."""
    text = ("SANTIAGO: Le Chili, l'Argentine et le Pérou ont discuté de la coopération navale. Le ministre chilien de "
            "la Défense a ensuite rencontré son homologue péruvien.")
    assert talks_told(text, PUBLISHED) == talks_each(({"Chili", "Argentine", "Pérou"}, {"Santiago"}),
                                                     ({"Chili", "Pérou"}, {"Santiago"}))


@pytest.mark.parametrize("text", [
    "C'est fait. Le ministre chilien de la Défense a rencontré mardi son homologue péruvien.",  # no city
    "Quito. Le ministre chilien de la Défense a rencontré mardi son homologue péruvien.",  # a city of neither side
    "Lima. Le ministre chilien de la Défense s'est entretenu par téléphone avec son homologue péruvien.",  # a call
])
def test_no_venue_from_an_opening_that_places_nothing(text: str) -> None:
    assert talks_told(text, PUBLISHED)
    assert all(not venues for _sides, venues in talks_told(text, PUBLISHED))


def test_a_dateline_places_a_pair_of_the_talks_it_placed() -> None:
    """Under a dashed dateline too: the talks of three sides held there do not place two of them « elsewhere »."""
    text = ("HANOÏ (Agence) - Le Vietnam, le Laos et le Cambodge ont discuté de la sécurité des frontières. Le "
            "président vietnamien a ensuite reçu le Premier ministre laotien.")
    assert talks_told(text, PUBLISHED) == talks_each(({"Vietnam", "Laos", "Cambodge"}, {"Hanoï"}),
                                                     ({"Vietnam", "Laos"}, {"Hanoï"}))
