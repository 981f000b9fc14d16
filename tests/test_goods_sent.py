"""« en X » after a word that sends goods names the state that receives them, for a delivery (not a sale)
(kg/extract/goods_sent.py, read by roles and by third_recipients). Sentences and names written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_goods_delivered_into_a_state_go_to_that_state() -> None:
    assert supplies("Titre\n\nLa Suède a livré des chars CV90 en Lituanie.") == {("suede", "lituanie")}


def test_goods_sold_en_a_state_name_no_recipient() -> None:
    # « vendre ... en X » is as often where the seller does business as who receives: no recipient from « en »
    assert ("suede", "lituanie") not in supplies("Titre\n\nLa Suède a vendu des chars CV90 en Lituanie.")


def test_en_after_other_words_names_no_recipient() -> None:
    # a participle qualifying the goods places them, it sends nothing itself; a year is no state
    assert supplies("Titre\n\nLes chars CV90 vendus en Lituanie sont arrivés hier.") == set()
    assert supplies("Titre\n\nLa Suède a vendu des chars CV90 en 2019.") == set()


def test_a_contract_between_two_sides_for_goods_sent_to_a_third_is_no_sale_between_them() -> None:
    assert supplies("Titre\n\nLa Norvège et la Suède ont signé un contrat pour la livraison de chars CV90 à la "
                    "Lituanie.") == {("suede", "lituanie"), ("norvege", "lituanie")}
    # no third state named: the maker's state sells to the other side
    assert supplies("Titre\n\nLa Norvège et la Suède ont signé un contrat pour la vente de chars CV90.") == \
        {("suede", "norvege")}
