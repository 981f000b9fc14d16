"""How far a clause reaches: a negated main clause leaves a clause of cause or time asserted (« nous ne sommes
pas inquiets, puisque X a acheté ... »); a state's body named without its state (« le gouvernement a approuvé
l'achat de X auprès de Y ») buys for the state the article is about. Sentences written for these tests."""

from __future__ import annotations

from tests.test_supply import supplies

ALL = {"asserted", "reported", "possible", "denied", "proposed"}


def test_a_clause_of_cause_escapes_the_negation_of_its_main_clause() -> None:
    text = "Nous ne sommes pas inquiets, puisque le Kenya a acheté des drones Bayraktar TB2 à la Turquie."
    assert ("turquie", "kenya") in supplies(text)


def test_a_clause_of_time_escapes_the_negation_of_its_main_clause() -> None:
    text = "Le Kenya n'a pas protesté quand la Turquie a livré des drones Bayraktar TB2 à l'Ouganda."
    assert ("turquie", "ouganda") in supplies(text)


def test_a_negated_supply_with_a_clause_of_cause_stays_denied() -> None:
    text = "La Turquie n'a pas livré de drones au Kenya, puisque le contrat a été annulé."
    assert ("turquie", "kenya") not in supplies(text)
    assert ("turquie", "kenya") in supplies(text, {"denied"})


def test_a_government_named_without_its_state_buys_for_the_state_of_the_article() -> None:
    text = ("Le Ghana renforce son armée.\n"
            "Le gouvernement a approuvé l'achat de six hélicoptères AH-1Z auprès des États-Unis.")
    assert ("etats unis", "ghana") in supplies(text)


def test_a_ministry_named_without_its_state_orders_for_the_state_of_the_article() -> None:
    text = "Le Ghana renforce son armée.\nLe ministère de la Défense a commandé des drones Bayraktar TB2 à la Turquie."
    assert ("turquie", "ghana") in supplies(text)


def test_a_government_with_its_state_named_buys_for_that_state() -> None:
    text = ("Le Ghana renforce son armée.\n"
            "Le gouvernement allemand a approuvé l'achat de six hélicoptères AH-1Z auprès des États-Unis.")
    assert ("etats unis", "ghana") not in supplies(text, ALL)
