"""Talks: the host of a visit a place opening the sentence sets the scene of, or that the visit's phrase ends with
past the visitor's name set off by commas; sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


SCENES_OF_VISITS = [
    ("Au Chili, c'est la fin de la visite d'État du président péruvien, Pedro Castillo.",
     talks_each(({"Pérou", "Chili"}, {"Chili"}))),
    ("En Norvège, la visite officielle du Premier ministre finlandais s'achève ce vendredi.",
     talks_each(({"Finlande", "Norvège"}, {"Norvège"}))),
    ("À Lima, la visite du ministre chilien de la Défense a duré deux jours.",
     talks_each(({"Chili", "Pérou"}, {"Lima"}))),
]


@pytest.mark.parametrize(("text", "told"), SCENES_OF_VISITS)
def test_a_place_opening_the_sentence_is_the_host_of_a_visit_told_after_it(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« En X, c'est la fin de la visite du président Y-ien »: the scene a fronted place sets is where the visit
    goes (such a visit, with no place of its own, was no talks: a development set lost its talks and venue)."""
    assert _told(text) == told


def test_a_visit_with_a_place_of_its_own_keeps_it_whatever_the_scene() -> None:
    """« En France, la visite du président X au Y »: the scene is where it is told, not where the visit goes."""
    assert _told("En France, la visite du président péruvien au Chili a été commentée.") == \
        talks_each(({"Pérou", "Chili"}, {"Chili"}))


def test_a_place_inside_the_sentence_sets_no_scene() -> None:
    """Only a place opening the sentence, set off by a comma, sets its scene."""
    assert _told("La presse de Lima a commenté lundi la visite du président chilien.") == []


def test_the_place_a_visit_phrase_ends_with_past_the_visitor_s_name_is_its_host() -> None:
    """« la visite du président X-ien, Y, au Z »: the name set off by commas does not end the visit's phrase."""
    assert _told("La visite d'État du président péruvien, Pedro Castillo, au Chili a marqué une relance.") == \
        talks_each(({"Pérou", "Chili"}, {"Chili"}))
