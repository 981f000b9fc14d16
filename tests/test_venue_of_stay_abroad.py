"""Someone found in a city of a third state (a summit or a forum abroad: « le ministre algérien est à Sotchi »): talks
told next with no venue, one of whose sides is that someone's state, are held there; not a stay of another time, not
talks of whom the sentence does not place there. Sentences written for the purpose."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import talks_told

PUBLISHED = dt.date(2025, 3, 10)


@pytest.mark.parametrize("text, venue", [
    ("Le ministre tunisien des Affaires étrangères est à Vienne pour une conférence. Il a rencontré son homologue "
     "libyen.", "Vienne"),
    ("La ministre chilienne de la Défense se trouve à Singapour pour un forum régional. Elle s'est entretenue avec "
     "son homologue australien.", "Singapour"),
])
def test_talks_of_someone_staying_abroad_are_held_there(text: str, venue: str) -> None:
    assert talks_told(text, PUBLISHED)
    assert all(venues == {venue} for _sides, venues in talks_told(text, PUBLISHED))


@pytest.mark.parametrize("text", [
    # a stay of another time
    "Le ministre tunisien des Affaires étrangères était à Vienne en mars. Il a rencontré son homologue libyen.",
    # someone else is there
    "Le ministre suisse des Finances est à Vienne pour une conférence. Le ministre tunisien des Affaires étrangères a "
    "rencontré son homologue libyen.",
])
def test_no_venue_from_a_stay_of_others_or_of_another_time(text: str) -> None:
    assert talks_told(text, PUBLISHED)
    assert all(not venues for _sides, venues in talks_told(text, PUBLISHED))
