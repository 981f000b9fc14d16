"""How far a clause reaches: a negated main clause leaves a clause of cause or time asserted (« nous ne sommes
pas inquiets, puisque X a acheté ... »); a state's body named without its state (« le gouvernement a approuvé
l'achat de X auprès de Y ») buys for the state the article is about; a relative clause keeps its own negation
and takes none from the clause above it, however the parser hangs it. Sentences written for these tests."""

from __future__ import annotations

from kg.pipeline import analyse_text
from tests.test_deals import agreements
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


def test_a_relative_clause_of_place_stays_asserted_under_a_possible_main_clause() -> None:
    text = ("Les ministres pourraient se retrouver à Rabat, où le Maroc et l'Espagne ont signé un traité de "
            "coopération militaire l'an dernier.")
    assert {"maroc", "espagne"} in agreements(text)


def test_a_relative_clause_after_a_conditional_names_an_agreement_concluded() -> None:
    text = ("La réunion pourrait avoir lieu à Oslo, où la Norvège et la Finlande avaient conclu un accord de "
            "défense en 2021.")
    assert {"norvege", "finlande"} in agreements(text)


def test_the_negation_of_a_relative_clause_set_off_by_commas_stays_in_it() -> None:
    text = "Le contrat, dont la valeur n'est pas connue, repose sur un traité de défense entre Madrid et Lisbonne."
    assert {"espagne", "portugal"} in agreements(text)


def test_a_negated_main_clause_after_a_relative_clause_stays_denied() -> None:
    text = "Le Maroc, qui achète des drones, n'a pas signé d'accord de défense avec l'Espagne."
    assert {"maroc", "espagne"} not in agreements(text)


def test_a_report_denied_in_a_relative_clause_leaves_the_main_clause_asserted() -> None:
    text = ("Cette commande, dont le prix n'a pas été annoncé, s'inscrit dans un accord de défense entre Rome et "
            "Ankara conclu en 2021.")
    found = analyse_text(f"Titre\n{text}").facts
    assert [f.modality.value for f in found if f.kind == "agreement"] == ["asserted"]
