"""A post of a state's government told with no state takes the state the article gives that post later, titled with
no holder (« le chef de la diplomatie portugaise a souligné »), when it is the only one (sentences written for these
tests)."""

from __future__ import annotations

from tests.conftest import post_states

OPENING = ("Le ministre des Affaires étrangères Rui Tavares a reçu mardi le chef d'état-major des armées du Royaume "
           "du Maroc Driss Alaoui. Tavares a salué les liens entre le Maroc et le Portugal. Il a évoqué sa "
           "visite en Espagne et ses entretiens à Madrid. ")


def test_a_post_takes_the_state_a_later_title_with_no_holder_gives_it() -> None:
    found = post_states(OPENING + "Le chef de la diplomatie portugaise a souligné que le dialogue restait la priorité.")
    assert found == {"Rui Tavares": "Portugal", "Driss Alaoui": "Maroc"}


def test_a_later_title_held_by_someone_named_gives_no_state() -> None:
    found = post_states(OPENING + "Le chef de la diplomatie portugaise, Ana Lopes, a souligné que le Maroc tenait "
                                  "au dialogue.")
    assert found["Rui Tavares"] is None


def test_two_states_given_that_post_later_give_none() -> None:
    found = post_states(OPENING + "Le chef de la diplomatie portugaise a souligné que le dialogue restait la priorité. "
                                  "Le chef de la diplomatie marocaine n'a pas parlé.")
    assert found["Rui Tavares"] is None
