"""Deal sides told apart from the deal's own clause: coordinated states that each conclude accords with one partner,
a deal named as made under a verb that only means to undo it, a state a supply verb takes as its object, goods
meant for a buyer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import agreements, sums


def test_states_that_conclude_accords_with_one_partner_each_make_their_own() -> None:
    text = "Le Maroc et la Tunisie ont également conclu des accords avec la France sur la modernisation des radars."
    assert sorted(map(sorted, agreements(text))) == [["france", "maroc"], ["france", "tunisie"]]


def test_states_that_sign_one_accord_together_stay_one_deal() -> None:
    text = "Le Maroc et la Tunisie ont signé un accord avec la France sur la modernisation de leurs radars."
    assert agreements(text) == [{"maroc", "tunisie", "france"}]


@pytest.mark.parametrize("text", [
    "Le nouveau président chilien a annoncé qu'il souhaitait dénoncer le contrat d'achat de six frégates conclu avec "
    "l'Espagne.",
    "Le gouvernement chilien voudrait revoir le contrat signé avec l'Espagne pour six frégates.",
])
def test_a_deal_named_as_made_stands_whatever_is_meant_for_it(text: str) -> None:
    assert agreements(text) == [{"chili", "espagne"}]


def test_a_deal_only_wished_for_is_still_no_deal() -> None:
    text = "Le gouvernement chilien souhaite conclure un contrat avec l'Espagne pour six frégates."
    assert agreements(text) == []


def test_a_state_a_contract_s_supply_verb_takes_as_object_is_its_buyer() -> None:
    text = ("Le groupe américain Textron a annoncé jeudi avoir obtenu deux contrats d'une valeur de 90 millions de "
            "dollars pour fournir la Norvège, un pays membre de l'OTAN, en véhicules blindés.")
    assert [p for p in agreements(text) if "norvege" in p] != []
    assert all("otan" not in p for p in agreements(text))


def test_goods_a_contract_builds_for_a_state_make_it_the_buyer() -> None:
    text = ("Le fabricant allemand Rheinmetall a décroché un contrat de 90 millions d'euros pour construire 70 camions "
            "destinés aux forces armées grecques.")
    assert agreements(text) == [{"grece", "rheinmetall"}]


def test_a_definite_whole_of_deals_weighs_what_the_deals_told_before_are_worth() -> None:
    text = ("L'Égypte a signé des contrats d'armement avec l'Italie. Son ensemble de contrats pèse plus de 9 milliards "
            "d'euros.")
    assert sums(text) == {(9_000_000_000, "EUR")}
    assert agreements(text) == [{"egypte", "italie"}]


@pytest.mark.parametrize("text", [
    "L'Inde a accordé au Mozambique une ligne de crédit de 50 millions de dollars pour l'achat de patrouilleurs.",
    "En mars, l'Inde ouvre une ligne de crédit de 50 millions de dollars au profit du Mozambique.",
])
def test_a_credit_line_from_one_state_to_another_is_a_deal_between_them(text: str) -> None:
    assert agreements(text) == [{"inde", "mozambique"}]


@pytest.mark.parametrize("text", [
    "Le Japon garantit un prêt de 500 millions de dollars au Kenya pour l'achat de patrouilleurs.",
    "Selon la presse, le Japon garantirait un prêt de 500 millions de dollars au Kenya.",
])
def test_a_state_that_guarantees_a_loan_makes_no_deal_with_the_borrower(text: str) -> None:
    assert agreements(text) == []
