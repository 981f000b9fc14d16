"""Talks held at a site named by its holder alone (a ministry, a palace) after a trip to a city: the city stands
beside the site; sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import parties_and_places

TRIPS_THEN_SITES = [
    ("Le ministre chilien de la Défense est arrivé lundi à Lima. Il a été reçu au palais présidentiel par le "
     "président péruvien.", {"Chili", "Pérou"}, {"palais présidentiel", "Lima"}),
    ("Le ministre turc de la Défense s'est rendu à Bakou mardi. Il a été reçu au ministère de la Défense par son "
     "homologue azerbaïdjanais.", {"Turquie", "Azerbaïdjan"}, {"ministère de la Défense", "Bakou"}),
]


@pytest.mark.parametrize(("text", "sides", "venues"), TRIPS_THEN_SITES)
def test_a_site_with_no_city_keeps_the_city_of_the_trip_before(text: str, sides: set[str], venues: set[str]) -> None:
    """« Il s'est rendu à Bakou. Il a été reçu au ministère de la Défense »: the site tells no city, the trip does
    (the city was lost where talks were placed at a ministry)."""
    assert parties_and_places(text) == [(sides, venues)]


def test_a_trip_to_a_city_of_no_side_gives_no_city_to_a_site() -> None:
    """A city in a third state the traveller passed through is not where the site is."""
    text = ("Le ministre chilien de la Défense est arrivé lundi à Montevideo. Il a été reçu au palais présidentiel "
            "par le président péruvien.")
    assert parties_and_places(text) == [({"Chili", "Pérou"}, {"palais présidentiel"})]


def test_a_site_told_with_no_trip_before_stays_the_only_venue() -> None:
    text = "Le ministre chilien de la Défense a été reçu au palais présidentiel par le président péruvien."
    assert parties_and_places(text) == [({"Chili", "Pérou"}, {"palais présidentiel"})]
