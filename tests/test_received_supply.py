"""A supply received whose things are named by their origin: « X a reçu une livraison de drones turcs »: the demonym
of what the supply noun moves names who supplies it, never a second recipient; a donation that pays for them is the
donor's support to the one that receives them. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_delivery_received_of_things_named_by_origin() -> None:
    assert supplies("Le Niger a reçu une livraison de drones turcs.") == {("turquie", "niger")}


def test_a_donation_paying_for_a_delivery_supports_who_receives_it() -> None:
    text = ("L'armée malienne a reçu lundi une première livraison d'armes allemandes, financées par un don qatarien "
            "de deux milliards de dollars.")
    assert supplies(text) == {("allemagne", "mali"), ("qatar", "mali")}
