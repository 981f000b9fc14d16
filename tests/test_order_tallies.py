"""A firm's tally of orders (« ses prises de commandes », « le carnet de commandes ») names no one deal: the states
it lists as buyers are no parties of a deal with each other; an order placed by one buyer with a maker still is.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def _deals(text: str) -> list[frozenset[str]]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return [frozenset(e.label for _, e in f.roles) for f in found if f.kind == "agreement"]


def test_the_buyers_an_order_intake_lists_sign_no_deal_with_each_other() -> None:
    deals = _deals("Les prises de commandes concernent notamment la vente de 30 véhicules blindés Griffon au Qatar, "
                   "de canons Caesar et de chars Leclerc au Maroc.")
    assert frozenset({"Qatar", "Maroc"}) not in deals


def test_the_buyers_an_order_book_lists_sign_no_deal_with_each_other() -> None:
    deals = _deals("Le carnet de commandes comprend la vente de 30 véhicules blindés Griffon au Qatar, de canons "
                   "Caesar et de chars Leclerc au Maroc.")
    assert frozenset({"Qatar", "Maroc"}) not in deals


def test_an_order_placed_with_a_maker_is_still_a_deal() -> None:
    assert _deals("Le Qatar a passé commande de 30 véhicules blindés Griffon auprès de Nexter.") == \
        [frozenset({"Qatar", "Nexter"})]
