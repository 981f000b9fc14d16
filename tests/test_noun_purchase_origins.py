"""A purchase told as a noun whose systems carry a demonym (« X a finalisé l'acquisition de chars sud-coréens »):
the state they come from sells them, as with a verb of buying. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deal_patterns import supplies


def test_a_noun_purchase_of_foreign_systems_is_a_sale_by_their_state() -> None:
    assert supplies("Le Pérou a finalisé l'acquisition de chars sud-coréens.") == {("coree du sud", "perou")}
    assert supplies("La Colombie a annoncé l'achat d'hélicoptères américains pour sa marine.") == \
        {("etats unis", "colombie")}


def test_a_noun_purchase_with_no_origin_names_no_seller() -> None:
    assert supplies("Le Pérou a finalisé l'acquisition de chars neufs.") == set()
