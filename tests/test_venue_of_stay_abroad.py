"""Someone found in a city of a third state (a summit or a forum abroad: « le ministre algérien est à Sotchi »), or
someone named by a title and a name who holds talks there while the article gives their state only later: talks
told next with no venue, one of whose sides is that someone's state, are held there; not when the one staying
there is someone else, nor a stay of another time or still to come, nor another deed done there. Sentences
written for the purpose."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import talks_told

PUBLISHED = dt.date(2025, 3, 10)

# the state of the one staying, told only after the talks
_LATER = " La rencontre entre Karim Benali et son homologue libyen a porté sur la coopération. Karim Benali, chef " \
         "de la diplomatie tunisienne, a salué ces échanges."


@pytest.mark.parametrize("text, venue", [
    ("Le ministre tunisien des Affaires étrangères est à Vienne pour une conférence. Il a rencontré son homologue "
     "libyen.", "Vienne"),
    ("La ministre chilienne de la Défense se trouve à Singapour pour un forum régional. Elle s'est entretenue avec "
     "son homologue australien.", "Singapour"),
    # a stayer named by a title and a name, whose state is told later
    ("Le ministre des Affaires étrangères, Karim Benali, a tenu des discussions à Vienne avec plusieurs homologues."
     + _LATER, "Vienne"),
    ("La ministre de la Défense, Ana Rojas, a eu plusieurs entretiens à Vienne en marge d'un forum sur la "
     "sécurité. La rencontre entre Ana Rojas et son homologue australien a porté sur la sécurité maritime. La ministre "
     "chilienne de la Défense a ensuite regagné Santiago.", "Vienne"),
])
def test_talks_of_someone_staying_abroad_are_held_there(text: str, venue: str) -> None:
    told = talks_told(text, PUBLISHED)
    assert told
    assert all(venues == {venue} for _sides, venues in told)


@pytest.mark.parametrize("text", [
    # a stay of another time
    "Le ministre tunisien des Affaires étrangères était à Vienne en mars. Il a rencontré son homologue libyen.",
    "Le ministre des Affaires étrangères, Karim Benali, avait tenu des discussions à Vienne en mars." + _LATER,
    "Le ministre des Affaires étrangères, Karim Benali, était à Vienne en mars." + _LATER,
    # someone else is there
    "Le ministre suisse des Finances est à Vienne pour une conférence. Le ministre tunisien des Affaires étrangères a "
    "rencontré son homologue libyen.",
    "Le ministre des Finances, Hans Keller, a tenu des discussions à Vienne avec plusieurs homologues." + _LATER +
    " Hans Keller est le ministre suisse des Finances.",
    # a meeting still to come
    "Le ministre des Affaires étrangères, Karim Benali, tiendra des discussions à Vienne avec plusieurs homologues."
    + _LATER,
    "Le ministre des Affaires étrangères, Karim Benali, doit rencontrer plusieurs homologues à Vienne." + _LATER,
    # another deed done there
    "Le ministre des Affaires étrangères, Karim Benali, a signé un accord à Vienne avec plusieurs homologues." + _LATER,
])
def test_no_venue_from_a_stay_of_others_of_another_time_or_to_come(text: str) -> None:
    told = talks_told(text, PUBLISHED)
    assert told
    assert all(not venues for _sides, venues in told)
