"""A delivery told in a relative clause on the things an order buys (« X a commandé des chars qui seront livrés par
Y », « X vient de passer commande de blindés qui seront livrés par Y ») goes to the buyer
(kg.extract.receptions.buyers_of_relative). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deals import supplies


@pytest.mark.parametrize(("text", "supply"), [
    ("Le Niger a commandé 12 hélicoptères qui lui seront livrés par la France.", ("france", "niger")),
    ("Le Niger a acquis six drones qui seront livrés par la Turquie en 2026.", ("turquie", "niger")),
    ("L'armée malienne vient de passer commande de 40 véhicules blindés légers qui seront livrés par la Turquie.",
     ("turquie", "mali")),
    ("L'armée malienne a passé commande d'un lot de 40 véhicules blindés qui seront livrés par la Turquie.",
     ("turquie", "mali")),
])
def test_what_an_order_buys_delivered_by_someone_goes_to_the_buyer(text: str, supply: tuple[str, str]) -> None:
    assert supplies(text) == {supply}


@pytest.mark.parametrize("text", [
    "La Turquie a vendu des drones qui seront livrés par la France.",  # a sale, not an order: no buyer said
    "Le Niger a commandé six drones. Ceux-ci seront livrés par la Turquie.",  # no relative clause
    "Le Niger a commandé des uniformes qui seront livrés par la Turquie.",  # no system
])
def test_no_buyer_receives_outside_an_order_of_systems(text: str) -> None:
    assert supplies(text) == set()
