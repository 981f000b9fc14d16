"""A contract a company wins for work on systems a state already holds (« X a obtenu un contrat pour moderniser les
frégates de la marine Y »): the state that holds them is the client. Systems of the winner's own, or a demonym that
says where the systems come from, name no client. Sentences written for these tests."""

from __future__ import annotations

from tests.test_supply import agreements, facts


def test_a_purpose_clause_on_a_force_s_systems_names_the_client() -> None:
    text = "Elbit a obtenu un contrat de 40 millions de dollars pour moderniser les chars de l'armée chilienne."
    assert {"chili", "elbit systems"} in agreements(text)


def test_systems_in_service_in_a_force() -> None:
    text = "Hanwha a obtenu un contrat de 80 milliards de won pour rénover 20 obusiers en service dans l'armée de " \
           "terre norvégienne."
    assert {"norvege", "hanwha aerospace"} in agreements(text)
    assert any(a.value == 80e9 and a.currency == "KRW" for f in facts(text, "agreement") for a in f.amounts)


def test_a_work_noun_after_pour() -> None:
    text = "Leonardo a décroché une commande pour l'entretien des hélicoptères de l'armée de l'air algérienne."
    assert {"algerie", "leonardo"} in agreements(text)


def test_the_winner_s_own_systems_name_no_client() -> None:
    assert agreements("Thales a remporté un contrat pour moderniser ses propres usines.") == []


def test_a_demonym_on_the_systems_is_where_they_come_from() -> None:
    text = "Safran a obtenu un contrat pour l'entretien des hélicoptères américains de la flotte."
    assert not any("etats unis" in a for a in agreements(text))
