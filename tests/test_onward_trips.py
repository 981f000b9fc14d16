"""A later trip's destination (« en partance pour X », « avant de se rendre en X »: sentences written for these
tests) is neither the state the story is about nor the state of a post that names none."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import posts_told


def _posts(text: str) -> dict[str, str | None]:
    return {p.holder: p.org for p in posts_told(text, headline=None)}


def _talks(text: str) -> list[set[str]]:
    return [{e.label for e in f.get("participant")} for f in analyse_text(text).facts if f.kind == "negotiation"]


@pytest.mark.parametrize("trip", [
    "En route pour Tokyo au Japon, le président Jean Mabiala",
    "En partance pour Tokyo, au Japon, le président Jean Mabiala",
    "Le président Jean Mabiala, à destination de Tokyo au Japon,",
])
def test_a_stopover_s_next_destination_serves_no_post(trip: str) -> None:
    text = f"Escale à l'aéroport\n{trip} a été accueilli à l'aéroport par le Premier ministre, Paul Ondo."
    assert _posts(text) == {"Jean Mabiala": None, "Paul Ondo": None}
    assert all("Japon" not in talk for talk in _talks(text))


@pytest.mark.parametrize("leaving", ["avant de partir pour Madrid en Espagne",
                                     "avant de se rendre à Madrid en Espagne",
                                     "avant de s'envoler pour Madrid en Espagne"])
def test_where_the_host_goes_next_is_not_his_state(leaving: str) -> None:
    text = ("Coopération militaire\nLe ministre de la Défense, Karim Haddad, a reçu lundi le chef d'état-major "
            f"Omar Salem, {leaving}.")
    assert _posts(text)["Karim Haddad"] is None


def test_the_story_s_own_state_still_serves_beside_a_next_destination() -> None:
    """A near miss: the state the story is about still serves the post; only the destination is set aside."""
    text = ("La Tunisie modernise son armée\nLa Tunisie achète des patrouilleurs. Le ministre de la Défense, Karim "
            "Haddad, a inspecté une base lundi, avant de partir pour Madrid en Espagne.")
    assert _posts(text)["Karim Haddad"] == "Tunisie"


def test_a_state_a_post_serves_after_pour_is_no_trip() -> None:
    """A near miss: « a plaidé pour le Japon » opens no trip; the story's one state serves the post."""
    text = ("Le Japon et ses alliés\nLe Japon renforce sa défense. Le ministre de la Défense, Kenji Sato, a plaidé "
            "pour le Japon lors d'une réunion.")
    assert _posts(text)["Kenji Sato"] == "Japon"
