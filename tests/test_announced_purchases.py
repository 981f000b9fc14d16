"""Purchases told through a verb of announcing (« X a annoncé l'achat de W à Y »: the parser hangs « à Y » on the
verb, Y still sells). Sentences written for these tests."""

from __future__ import annotations

from tests.test_deal_patterns import supplies


def test_an_announced_purchase_from_a_state_is_its_sale() -> None:
    assert supplies("Le Pérou a annoncé l'achat de chars K2 à la Corée du Sud.") == {("coree du sud", "perou")}
    assert supplies("L'Équateur a annoncé l'achat d'obusiers Caesar à la France.") == {("france", "equateur")}
