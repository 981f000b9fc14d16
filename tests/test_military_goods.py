"""Goods a military adjective qualifies (« du matériel militaire », « des équipements militaires ») are matériel
for the words that hand over anything (« faire un don », « remettre »). Sentences and names written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_gift_of_goods_called_military_is_a_supply() -> None:
    assert supplies("Titre\n\nLa Belgique a fait un don d'équipements militaires au Togo.") == {("belgique", "togo")}
    assert supplies("Titre\n\nLa Belgique a fait un don de matériel militaire au profit du Togo.") == \
        {("belgique", "togo")}
    assert supplies("Titre\n\nLa Belgique a remis du matériel militaire au Togo.") == {("belgique", "togo")}


def test_a_gift_of_goods_with_no_military_word_is_no_supply() -> None:
    assert supplies("Titre\n\nLa Belgique a fait un don de matériel médical au Togo.") == set()
    assert supplies("Titre\n\nLa Belgique a fait un don d'équipements scolaires au Togo.") == set()
    # « militaire » qualifying the giver, not the goods
    assert supplies("Titre\n\nL'attaché militaire de Belgique a remis des diplômes au Togo.") == set()
