"""A meeting named by a seat of government that someone attends (« X était présent à la réunion du Kremlin »,
« X a participé à une rencontre à l'Élysée »): the attendees' state and the seat's are the sides, and the talks
are held at the seat and in its city. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import parties_and_places as _found


@pytest.mark.parametrize(("text", "sides", "places"), [
    ("Accompagnée du ministre de la Défense Ana Gómez, la cheffe de la diplomatie chilienne, Juana Pérez, était "
     "présente mardi à une réunion au Pentagone consacrée à la sécurité maritime.", {"Chili", "États-Unis"},
     {"Pentagone", "Washington"}),
    ("Le ministre indonésien Budi Santoso a participé à une réunion au Kremlin.",
     {"Indonésie", "Russie"}, {"Kremlin", "Moscou"}),
    ("Le chef de la diplomatie ghanéenne, Kofi Mensah, a assisté à la rencontre de l'Élysée.",
     {"Ghana", "France"}, {"palais de l'Élysée", "Paris"}),
])
def test_meeting_at_a_seat(text: str, sides: set[str], places: set[str]) -> None:
    assert (sides, places) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "Le ministre russe Ivan Petrov a participé à une réunion au Kremlin.",  # no state besides the seat's
    "Le ministre chilien Juan Pérez a participé à une réunion du Conseil de sécurité.",  # no seat of a state
    "Le ministre chilien Juan Pérez a critiqué la réunion du Pentagone.",  # no one attends
])
def test_no_meeting_at_a_seat(text: str) -> None:
    assert _found(text) == []
