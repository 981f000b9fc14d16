"""Systems named after their maker: « des avions <maker> W », « des hélicoptères <maker> W ». A system the reference
data lack whose name begins with the first word of one maker's names only (« Bell » of « Bell Helicopter ») is
that maker's; a system named with its maker names that maker, so an order of it with no seller said is a sale by
the maker's state. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import facts, supplies


def test_an_order_of_a_system_named_with_its_maker_is_a_sale_by_the_maker_s_state() -> None:
    assert supplies("Le Pérou a commandé trois avions Embraer C-390.") == {("bresil", "perou")}
    assert supplies("L'Uruguay a commandé deux hélicoptères Bell 407GXi.") == {("etats unis", "uruguay")}


def test_a_system_unknown_to_the_data_named_after_a_maker_is_its_maker_s() -> None:
    found = facts("La Bolivie a commandé deux hélicoptères Bell 407GXi.", "support")
    assert [w.makers for f in found for w in f.get("weapon")] == [("https://w3id.org/kg-news/id/company-bell-textron",)]


def test_systems_named_after_their_maker_received_from_a_state() -> None:
    text = "L'armée ghanéenne a reçu deux hélicoptères Bell 407GXi donnés par les États-Unis."
    assert supplies(text) == {("etats unis", "ghana")}
    text = "L'armée ghanéenne a reçu deux hélicoptères Bell 407GXi des États-Unis."
    assert supplies(text) == {("etats unis", "ghana")}
