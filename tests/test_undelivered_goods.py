"""Goods of a purchase that a relative clause says were never delivered (« l'achat de chars, qui n'ont pas encore
été livrés ») were not supplied: no support from their makers' state."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_purchase_of_goods_never_delivered_supplies_nothing() -> None:
    text = ("Le Qatar a promis au Liban deux milliards de dollars pour l'achat d'armes françaises, qui n'ont toujours "
            "pas été livrées.")
    assert supplies(text) == set()
    text = "Le Qatar a payé au Liban l'achat de blindés turcs, qui n'ont jamais été livrés."
    assert ("turquie", "liban") not in supplies(text)


def test_a_purchase_of_goods_delivered_is_still_a_supply() -> None:
    text = "Le Qatar a promis au Liban deux milliards de dollars pour l'achat d'armes françaises, qui ont été livrées."
    assert supplies(text) == {("qatar", "liban")}
