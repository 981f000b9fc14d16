"""A state that wins a contract (« X a décroché un contrat pour moderniser ... ») is in a deal with the state whose
forces the work is for, or to which the goods go; a contract a state wins with no client said is none.
Sentences written for these tests."""

from __future__ import annotations

from tests.test_supply import agreements


def test_a_state_wins_a_work_on_the_ships_of_another_state_navy() -> None:
    text = "La Turquie a remporté un important contrat pour la modernisation des frégates de la marine pakistanaise."
    assert {"turquie", "pakistan"} in agreements(text)


def test_a_state_wins_a_supply_to_another_state() -> None:
    text = "La Turquie a décroché un contrat pour la fourniture de drones au Pakistan."
    assert {"turquie", "pakistan"} in agreements(text)


def test_a_state_that_wins_a_work_on_its_own_forces_has_no_client() -> None:
    assert not agreements("La Turquie a décroché un contrat pour moderniser son artillerie.")


def test_a_state_that_wins_a_contract_with_no_client_said_has_none() -> None:
    assert not agreements("La Turquie a remporté un contrat de 2 milliards de dollars.")


def test_a_match_won_is_no_contract() -> None:
    assert not agreements("Le Pakistan a remporté le match contre l'Inde pour moderniser son image.")
