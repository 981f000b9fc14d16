"""Posts given by someone, held before, or of a state's opposition and police (sentences written for these tests):
« le président X a désigné le général Y comme commandant de l'armée de terre » (a post whose head is also a rank,
in the appointer's state), « l'ancien Premier ministre Z » after today's Premier ministre, « X a occupé le poste
de ministre », « le chef de l'opposition W »."""

from __future__ import annotations

import pytest

from tests.conftest import post_states, posts_told

STORY = "Le Pérou modernise son armée. Le Pérou a acheté des blindés au Brésil l'an dernier. "


def test_a_post_headed_by_a_rank_word_is_given_by_the_verb() -> None:
    """« commandant » is a rank too: after the appointee, it opens the post the verb gives."""
    told = {(p.holder, p.tail) for p in posts_told(STORY + "Le président péruvien Luis Campos a désigné le général "
                                                   "Raul Soto comme nouveau commandant de la marine.")}
    assert ("Raul Soto", "navy-chief") in told


def test_the_appointee_serves_the_state_of_the_person_who_appoints() -> None:
    """The appointer is a person whose post the article told: the post given is in that state."""
    found = posts_told("Le président péruvien Luis Campos a reçu le ministre brésilien de la Défense, Paulo Reis. "
                       "M. Campos a ensuite désigné Raul Soto comme commandant de l'armée de terre.")
    assert ("Raul Soto", "army-chief", "Pérou") in {(p.holder, p.tail, p.org) for p in found}


def test_a_post_held_before_is_not_ruled_out_by_today_s_holder() -> None:
    """« l'ancien Premier ministre » held the seat before the one told first: the same state."""
    found = post_states(STORY + "Le Premier ministre péruvien Luis Campos a nommé Raul Soto conseiller. Raul Soto "
                        "avait été limogé par l'ancien Premier ministre Jorge Vera.")
    assert found["Jorge Vera"] == "Pérou"


def test_a_second_holder_of_today_s_seat_still_gets_no_state() -> None:
    """Without « ancien », a second Premier ministre is not the one of the state whose seat is taken."""
    found = post_states(STORY + "Le Premier ministre péruvien Luis Campos a nommé Raul Soto conseiller. Raul Soto "
                        "avait été limogé par le Premier ministre Jorge Vera.")
    assert found.get("Jorge Vera") != "Pérou"


@pytest.mark.parametrize("text", [
    pytest.param("Raul Soto a occupé le poste de ministre de l'Intérieur du Pérou.", id="occupied"),
    pytest.param("Raul Soto exerce les fonctions de ministre de l'Intérieur du Pérou.", id="exercises"),
])
def test_holding_a_post_gives_it(text: str) -> None:
    assert ("Raul Soto", "minister-of-the-interior", "Pérou") in {(p.holder, p.tail, p.org) for p in posts_told(text)}


def test_an_army_occupying_land_gives_no_post() -> None:
    assert not posts_told("L'armée péruvienne occupe la frontière depuis mardi.")


@pytest.mark.parametrize("title", ["Le chef de l'opposition", "Le leader de l'opposition,", "Le commissaire de police"])
def test_an_opposition_or_police_head_serves_the_state_of_the_story(title: str) -> None:
    found = post_states(f"{STORY}{title} Jorge Vera a critiqué cet achat.")
    assert found["Jorge Vera"] == "Pérou"
