"""A seller told after the price or under a verb approving the purchase: « a acheté des chars pour 90 millions
d'euros à X », « a approuvé l'achat de W à X » (the parser hangs « à X » on the sum or on the verb: X sells, it
receives nothing); « donner son feu vert » hands over nothing; a funding participle on goods another
supply moves (« remis à Y des radars financés par Z ») is no support to the giver. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_seller_after_the_price_sells() -> None:
    text = "Le Pérou a acheté des chars Leopard 2 pour 90 millions d'euros à l'Allemagne."
    assert supplies(text) == {("allemagne", "perou")}
    text = ("En mai, le gouvernement chilien avait donné son feu vert à l'accord d'achat de missiles "
            "antichars Spike pour 75 millions de dollars à Israël.")
    assert supplies(text) == {("israel", "chili")}


def test_a_seller_under_the_approval_of_the_purchase_sells() -> None:
    text = "Le Portugal a approuvé l'achat de frégates Type 26 au Royaume-Uni."
    assert supplies(text) == {("royaume uni", "portugal")}


def test_a_beneficiary_after_the_price_stays_one() -> None:
    text = "La Norvège a acheté des obus pour 40 millions d'euros pour l'Ukraine."
    assert supplies(text) == {("norvege", "ukraine")}


def test_goods_funded_by_another_are_no_support_to_the_giver() -> None:
    text = "Le Japon a remis aux forces armées philippines un lot de radars financés par la Banque mondiale."
    assert supplies(text) == {("japon", "philippines")}
    text = "L'Australie a livré aux Fidji des patrouilleurs financés par la Nouvelle-Zélande."
    assert ("nouvelle zelande", "australie") not in supplies(text)


def test_goods_received_funded_by_another_are_its_support_to_the_receiver() -> None:
    text = "L'armée tunisienne a reçu une livraison d'armes italiennes, financées par un don qatari de 2 milliards."
    assert ("qatar", "tunisie") in supplies(text)
