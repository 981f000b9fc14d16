"""Deals signed by several sides at once (« A et B ont signé des contrats avec C »: one deal each), a firm and its
home state on one side, a deal about a supply (« portant sur la livraison de ... à X »), the sum a deal is expected
to yield, a finite clause hung under a participle, and a supply for the benefit of a unit. Sentences and names
written for these tests."""

from __future__ import annotations

from tests.test_deal_patterns import agreements, facts, supplies


def _pairs(text: str) -> list[list[str]]:
    return sorted(sorted(parties) for parties in agreements(text))


def test_coordinated_signers_of_contracts_in_the_plural_sign_one_deal_each() -> None:
    text = "Le Chili et l'Uruguay ont conclu des contrats avec l'Espagne pour l'achat de patrouilleurs."
    assert _pairs(text) == [["chili", "espagne"], ["espagne", "uruguay"]]


def test_one_contract_signed_by_coordinated_sides_stays_one() -> None:
    text = "Le Chili et l'Uruguay ont conclu un contrat avec l'Espagne pour l'achat de patrouilleurs."
    assert _pairs(text) == [["chili", "espagne", "uruguay"]]


def test_cooperation_agreements_in_the_plural_signed_by_coordinated_sides_bind_them_all() -> None:
    text = "Le Chili et l'Uruguay ont signé des accords de coopération militaire avec l'Espagne."
    assert _pairs(text) == [["chili", "espagne", "uruguay"]]


def test_a_participle_with_its_own_subject_after_the_deal_does_not_make_it_possible() -> None:
    text = "Le Chili et l'Uruguay ont conclu des contrats avec l'Espagne, le Chili envisageant aussi d'acheter " \
        "des frégates."
    assert _pairs(text) == [["chili", "espagne"], ["espagne", "uruguay"]]


def test_a_firm_and_its_home_state_are_one_side_of_a_deal_about_a_supply() -> None:
    text = "En mars, le constructeur espagnol Navantia a signé un contrat portant sur la livraison de quatre " \
        "corvettes au Chili."
    assert _pairs(text) == [["chili", "navantia"]]


def test_the_sum_a_deal_is_expected_to_yield_is_its_worth() -> None:
    text = "Le constructeur espagnol Navantia a signé un contrat portant sur la livraison de quatre corvettes au " \
        "Chili. La vente de ces navires devrait rapporter à l'Espagne près de 900 millions d'euros."
    worth = {int(a.value) for f in facts(text, "agreement") for a in f.amounts}
    assert worth == {900_000_000}


def test_a_supply_for_the_benefit_of_a_unit_goes_to_the_state_of_the_article() -> None:
    text = "Les soldats tchadiens sont fiers. Le gouvernement japonais a fourni 12 camions au profit de la " \
        "3e compagnie d'Abéché."
    assert supplies(text) == {("japon", "tchad")}
    assert supplies("Le gouvernement japonais a fourni 12 camions au profit de la 3e compagnie d'Abéché.") == set()


def test_the_seller_of_a_deal_to_buy_goods_is_the_state_of_their_demonym() -> None:
    text = "Le ministre chilien de la Défense a signé un accord pour acheter un lot de frégates de combat espagnoles."
    assert _pairs(text) == [["chili", "espagne"]]


def test_a_deal_of_a_past_year_that_a_new_one_follows_is_another_deal() -> None:
    text = "Le Chili a signé un accord avec l'Espagne. Le nouvel accord prévoit la livraison de six navires. " \
        "L'accord fait suite à l'accord de l'année dernière pour l'acquisition de quatre corvettes."
    assert _pairs(text) == [["chili", "espagne"], ["chili", "espagne"]]


def test_a_support_a_verb_of_stance_declares_is_no_military_support() -> None:
    text = "Des soldats tchadiens combattent des groupes armés. Le ministre norvégien a réitéré le soutien d'Oslo " \
        "au gouvernement tchadien dans sa lutte contre le terrorisme."
    assert supplies(text) == set()


def test_a_firm_the_goods_of_a_purchase_deal_come_from_is_its_party_not_its_state() -> None:
    text = "Le Danemark a signé un accord pour l'achat de 20 véhicules blindés de Saab."
    assert _pairs(text) == [["danemark", "saab"]]


def test_a_state_the_goods_of_a_purchase_deal_come_from_stays_a_state() -> None:
    text = "Le Chili a signé un accord avec l'Espagne pour l'achat de six patrouilleurs de Navantia."
    assert _pairs(text) == [["chili", "espagne"]]


def test_a_firm_joining_another_firm_after_its_demonym_is_a_deal_between_the_firms() -> None:
    assert _pairs("Le groupe Saab s'est associé avec le turc Aselsan pour développer un radar.") == \
        [["aselsan", "saab"]]


def test_states_joining_voices_make_no_deal() -> None:
    assert _pairs("Le Brésil s'associe avec l'Inde pour réclamer une réforme du Conseil de sécurité.") == []
