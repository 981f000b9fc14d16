"""Two purchases told in one sentence, each with its seller (« un accord pour l'achat de W1 à X et un accord pour
l'achat de W2 à Y »): each seller sells to the buyer; neither is the other's beneficiary. Sentences written for
these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_each_seller_of_two_purchases_sells_to_the_buyer() -> None:
    text = ("Le Maroc a conclu un accord de 2 milliards de dollars pour l'achat de chasseurs F-16 aux Etats-Unis, et "
            "un accord pour l'achat de drones Bayraktar TB2 à la Turquie.")
    assert supplies(text) == {("etats unis", "maroc"), ("turquie", "maroc")}


def test_no_seller_of_one_purchase_receives_the_other() -> None:
    text = ("La Roumanie a signé un accord pour l'achat de chars Abrams aux États-Unis et un contrat pour l'achat de "
            "sous-marins Scorpène à la France.")
    assert supplies(text) == {("etats unis", "roumanie"), ("france", "roumanie")}
