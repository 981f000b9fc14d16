"""Deals: « ces contrats » after sales told one by one is one deal per sale, between
its seller and its buyer. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import deal_parties

_SALES = ("Ventes navales\nLa Suède a vendu quatre corvettes au Chili. Le Pérou a reçu deux sous-marins suédois. "
          "La Colombie a acquis trois frégates suédoises. ")


def test_contracts_said_after_several_sales_are_one_deal_per_sale() -> None:
    deals = deal_parties(_SALES + "Ces contrats ont été signés l'an dernier.")
    assert {frozenset(d) for d in deals} >= {frozenset({"Suède", "Chili"}), frozenset({"Suède", "Colombie"})}


def test_contracts_said_after_sales_of_several_sellers_give_no_deal_of_each() -> None:
    deals = deal_parties("Ventes navales\nLa Suède a vendu quatre corvettes au Chili. "
                         "La Norvège a vendu trois frégates au Pérou. Ces contrats ont été signés l'an dernier.")
    assert frozenset({"Suède", "Chili"}) not in deals


def test_a_single_contract_said_after_several_sales_is_no_deal_of_each() -> None:
    deals = deal_parties(_SALES + "Ces livraisons ont été saluées.")
    assert not deals
