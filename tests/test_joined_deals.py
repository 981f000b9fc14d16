"""Sides that join a deal named before (« A, B et C participent à la commande ») are more sides of that deal, not a
deal among themselves. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import deal_parties as _deals


def test_states_that_join_an_order_are_more_buyers_of_it() -> None:
    deals = _deals("Obus\nLa Pologne a signé mardi avec Nammo un contrat de 300 millions d'euros pour des obus. Les "
                   "premières livraisons auront lieu en 2026. La Lettonie et la Lituanie participent à la commande.")
    assert frozenset({"Lettonie", "Lituanie"}) not in deals
    assert [d for d in deals if {"Pologne", "Nammo", "Lettonie", "Lituanie"} <= d]


def test_states_that_sign_a_deal_between_them_keep_it() -> None:
    deals = _deals("Obus\nLa Pologne a signé mardi avec Nammo un contrat de 300 millions d'euros pour des obus. La "
                   "Lettonie et la Lituanie ont signé le même jour un accord de coopération.")
    assert frozenset({"Lettonie", "Lituanie"}) in deals
