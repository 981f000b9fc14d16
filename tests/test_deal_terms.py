"""What a deal holds, told after it is named: « le contrat prévoit ... pour 2 milliards » gives the terms and the
sum of the deal just told, not a plan. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)
FACTUAL = {"asserted", "reported"}


def facts(text: str, kind: str) -> list[Fact]:
    return [f for f in analyse_text(f"Titre\n{text}", PUBLISHED).facts
            if f.kind == kind and f.modality.value in FACTUAL]


def deal_sums(text: str) -> list[tuple[set[str], set[tuple[int, str]]]]:
    return [({fold(p.label) for p in f.get("party")}, {(int(a.value), a.currency) for a in f.amounts})
            for f in facts(text, "agreement")]


def test_a_deal_that_provides_for_a_delivery_states_its_terms_and_sum() -> None:
    signed = "La Pologne et la Suède ont signé un contrat mardi. "
    assert deal_sums(signed + "Le contrat prévoit la livraison de vingt blindés pour un montant de 3 milliards "
                              "de couronnes suédoises.") == [({"pologne", "suede"}, {(3_000_000_000, "SEK")})]
    assert deal_sums(signed + "L'accord prévoit aussi la fourniture de pièces, pour 400 millions d'euros.") == \
        [({"pologne", "suede"}, {(400_000_000, "EUR")})]


def test_a_plan_is_still_a_plan() -> None:
    # the ministry plans: no deal, and a conditional stays possible
    assert facts("Le ministère polonais prévoit de signer un contrat avec la Suède pour 2 milliards d'euros.",
                 "agreement") == []
    signed = "La Pologne et la Suède ont signé un contrat mardi. "
    assert deal_sums(signed + "Le contrat pourrait prévoir une option pour 300 millions d'euros de plus.") == \
        [({"pologne", "suede"}, set())]


def test_a_transaction_with_its_sum_is_the_deal_told_before() -> None:
    signed = "L'Estonie a signé un accord avec la Finlande pour l'achat de six radars. "
    assert deal_sums(signed + "Cette transaction, d'un montant de 90 millions d'euros, comprend aussi la "
                              "formation.") == [({"estonie", "finlande"}, {(90_000_000, "EUR")})]
    # a transaction with no sum is no deal
    assert facts("Les transactions entre la Finlande et l'Estonie ont doublé.", "agreement") == []


def test_the_worth_of_this_deal_is_the_sum_of_the_deal_told_before() -> None:
    signed = "La Grèce et la France ont signé un accord pour douze frégates. "
    planned = "La France pourrait aussi signer un contrat avec l'Inde. "
    assert deal_sums(signed + planned + "La valeur de ces livraisons est estimée à 3 milliards d'euros.") == \
        [({"france", "grece"}, {(3_000_000_000, "EUR")})]
    assert deal_sums(signed + "La valeur du contrat a été estimée à 2 milliards d'euros.") == \
        [({"france", "grece"}, {(2_000_000_000, "EUR")})]
    # the worth of exports at large is no sum of the deal
    assert deal_sums(signed + "La valeur des exportations d'armes a été estimée à 9 milliards d'euros.") == \
        [({"france", "grece"}, set())]


def supplies(text: str) -> set[tuple[str, str]]:
    return {(fold(s.label), fold(r.label)) for f in facts(text, "support")
            for s in f.get("supporter") for r in f.get("recipient")}


def test_a_supply_moved_elsewhere_is_given_by_who_moves_it() -> None:
    # « de A » is where the aid was going: A gives nothing
    assert supplies("Le Canada a réaffecté 20 millions de dollars d'aide militaire du Mali vers le Niger.") == \
        {("canada", "niger")}
    assert supplies("Le Japon a décidé de rediriger son aide militaire de la Thaïlande vers les Philippines.") == \
        {("japon", "philippines")}
    # no one named who moves it: the place it was going is still no giver
    assert ("thailande", "philippines") not in supplies(
        "Des obus ont été détournés de la Thaïlande vers les Philippines.")
    # the giver of an aid that is not moved stays the « de A »
    assert supplies("L'aide militaire de la Norvège à l'Estonie a doublé.") == {("norvege", "estonie")}


def test_those_supported_are_the_noun_a_participle_describes() -> None:
    # the rebels are supported, not the army that fights them
    assert supplies("L'armée malienne recule face aux rebelles soutenus par la Libye.") == set()
    # a supplied thing: the subject of the clause receives it
    assert supplies("L'armée polonaise utilise des chars livrés par l'Allemagne.") == {("allemagne", "pologne")}
