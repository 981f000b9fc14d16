"""A state that buys systems from a seller for a third state: « X a fait l'acquisition auprès de <maker> de radars
qui seront livrés à Z »: the maker sells to X (whose name the parser may cut off its « auprès de »), X supports Z;
Z, named in a clause of its own, is no side of the order, and the systems that « seront livrés » give nothing
themselves. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import agreements, supplies


def test_a_purchase_from_a_maker_for_a_third_state() -> None:
    text = ("Le Chili a fait l'acquisition auprès de la société suédoise Saab de quatre systèmes de défense aérienne "
            "RBS 70 qui seront livrés à la Moldavie d'ici un an.")
    assert supplies(text) == {("suede", "chili"), ("chili", "moldavie")}
    assert agreements(text) == [{"chili", "saab"}]
    text = ("L'Estonie a fait l'acquisition auprès de l'entreprise française Thales de six radars Ground Master 200 "
            "qui seront livrés à la Géorgie.")
    assert supplies(text) == {("france", "estonie"), ("estonie", "georgie")}
    assert agreements(text) == [{"estonie", "thales"}]


def test_a_purchase_from_a_state_for_a_third_state() -> None:
    text = "Le Kenya a acheté à la Turquie six drones Bayraktar TB2 qui seront livrés à la Somalie."
    assert supplies(text) == {("turquie", "kenya"), ("kenya", "somalie")}


def test_a_designator_read_as_a_verb_heads_no_clause() -> None:
    text = "Le Gabon a passé commande de deux patrouilleurs PX-45 auprès du constructeur Navalis."
    assert agreements(text) == [{"gabon", "navalis"}]
