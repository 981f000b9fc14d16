"""An official who travels « avec » the subject of a verb of travelling is of that subject's side (« il s'est rendu à
Nicosie avec le chef d'état-major X »): sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import post_states


@pytest.mark.parametrize("text", [
    "Le ministre grec de la Défense Nikos Pappas a été reçu par le président chypriote à Nicosie, où il s'est rendu "
    "avec le chef d'état-major général Kostas Floros.",
    "Le ministre grec de la Défense Nikos Pappas est arrivé à Nicosie avec le chef d'état-major Kostas Floros, et a "
    "été reçu par le président chypriote.",
])
def test_who_travels_with_the_subject_is_of_its_side(text: str) -> None:
    assert post_states(text)["Kostas Floros"] == "Grèce"


@pytest.mark.parametrize("text", [
    "Le ministre grec de la Défense Nikos Pappas s'est rendu à Nicosie chez le chef d'état-major chypriote Kostas "
    "Floros.",
    "Le ministre grec de la Défense Nikos Pappas a discuté à Nicosie avec le chef d'état-major chypriote Kostas "
    "Floros.",
])
def test_whom_the_traveller_visits_or_talks_with_keeps_their_own_state(text: str) -> None:
    """Not « chez » (the one visited), not a verb of talking « avec » (the other side)."""
    assert post_states(text)["Kostas Floros"] == "Chypre"


def test_a_talk_partner_named_without_a_state_is_not_of_the_traveller_s_side() -> None:
    """« a discuté avec le chef d'état-major X »: the other side, not the subject's."""
    found = post_states("Le ministre grec de la Défense Nikos Pappas a discuté à Nicosie avec le chef d'état-major "
                        "Kostas Floros.")
    assert found.get("Kostas Floros") != "Grèce"
