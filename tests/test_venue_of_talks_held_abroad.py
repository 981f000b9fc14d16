"""Someone who holds talks or meets people in a city of a third state (a forum or a summit abroad: « le ministre a
tenu des discussions à Vienne », « elle s'est entretenue à Vienne avec... »): talks told next with no venue, one of
whose sides is that someone's state, are held there; not talks held there at another time or still to come, not
another deed done there, not someone else's talks. Sentences written for the purpose."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import talks_told

PUBLISHED = dt.date(2025, 3, 10)


@pytest.mark.parametrize("text, venue", [
    ("Le ministre tunisien des Affaires étrangères a tenu des discussions à Vienne avec plusieurs homologues. Avec "
     "le ministre libyen, les discussions ont porté sur la coopération.", "Vienne"),
    ("La ministre chilienne de la Défense a tenu une réunion à Vienne avec plusieurs homologues. Elle a eu un "
     "entretien avec son homologue australien.", "Vienne"),
    # the one holding the talks told by a pronoun
    ("Le ministre tunisien des Affaires étrangères participe à une conférence internationale. Il a tenu des "
     "discussions à Vienne avec plusieurs homologues. Avec le ministre libyen, les discussions ont porté sur la "
     "coopération.", "Vienne"),
    ("Le chef de la diplomatie kényane a eu des entretiens à Genève avec plusieurs ministres. Il a rencontré son "
     "homologue somalien.", "Genève"),
])
def test_talks_after_a_meeting_abroad_are_held_there(text: str, venue: str) -> None:
    assert talks_told(text, PUBLISHED)
    assert all(venues == {venue} for _sides, venues in talks_told(text, PUBLISHED))


@pytest.mark.parametrize("text", [
    # talks held there at another time
    "Le ministre tunisien des Affaires étrangères tenait des discussions à Vienne en mars. Il a rencontré son "
    "homologue libyen.",
    "Le ministre tunisien des Affaires étrangères avait tenu des discussions à Vienne en mars. Il a rencontré son "
    "homologue libyen.",
    # a meeting still to come
    "Le ministre tunisien des Affaires étrangères tiendra des discussions à Vienne avec plusieurs homologues. Il a "
    "rencontré son homologue libyen.",
    "Le ministre tunisien des Affaires étrangères doit rencontrer plusieurs homologues à Vienne. Il a rencontré son "
    "homologue libyen.",
    # someone else's talks there
    "Le ministre suisse des Finances a tenu des discussions à Vienne avec plusieurs homologues. Le ministre tunisien "
    "des Affaires étrangères a rencontré son homologue libyen.",
    "Le ministre suisse des Finances participe à une conférence. Il a tenu des discussions à Vienne avec plusieurs "
    "homologues. Le ministre tunisien des Affaires étrangères a rencontré son homologue libyen.",
    # another deed done there
    "Le ministre tunisien des Affaires étrangères a signé un accord à Vienne avec plusieurs homologues. Il a "
    "rencontré son homologue libyen.",
])
def test_no_venue_from_talks_of_others_of_another_time_or_to_come(text: str) -> None:
    assert talks_told(text, PUBLISHED)
    assert all(not venues for _sides, venues in talks_told(text, PUBLISHED))
