"""A firm's tally of orders (« ses prises de commandes », « le carnet de commandes ») names no one deal: the states
it lists as buyers are no parties of a deal with each other; an order placed by one buyer with a maker still is.
Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import deals_told


def test_the_buyers_an_order_intake_lists_sign_no_deal_with_each_other() -> None:
    deals = deals_told("Les prises de commandes concernent notamment la vente de 30 véhicules blindés Griffon au "
                       "Qatar, de canons Caesar et de chars Leclerc au Maroc.")
    assert frozenset({"Qatar", "Maroc"}) not in deals


def test_the_buyers_an_order_book_lists_sign_no_deal_with_each_other() -> None:
    deals = deals_told("Le carnet de commandes comprend la vente de 30 véhicules blindés Griffon au Qatar, de canons "
                       "Caesar et de chars Leclerc au Maroc.")
    assert frozenset({"Qatar", "Maroc"}) not in deals


def test_an_order_placed_with_a_maker_is_still_a_deal() -> None:
    assert deals_told("Le Qatar a passé commande de 30 véhicules blindés Griffon auprès de Nexter.") == \
        [frozenset({"Qatar", "Nexter"})]
