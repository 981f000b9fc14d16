"""« A et B ont conclu un contrat pour la fourniture de chars à C »: a contract for a supply that names its own
recipient, none of the sides, is no sale between the sides. Sentences and names written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_contract_for_a_supply_to_a_third_state_is_no_sale_between_its_sides() -> None:
    found = supplies("Titre\n\nLa Suède et l'Allemagne ont signé un contrat pour la livraison de 20 chars Leopard 2 "
                     "à la Moldavie.")
    assert ("allemagne", "suede") not in found
    assert ("allemagne", "moldavie") in found


def test_a_contract_for_a_supply_to_one_of_its_sides_is_still_a_sale() -> None:
    assert supplies("Titre\n\nLa Suède et l'Allemagne ont signé un contrat pour la livraison de 20 chars Leopard 2 "
                    "à la Suède.") == {("allemagne", "suede")}
    assert supplies("Titre\n\nLa Suède et l'Allemagne ont signé un contrat pour la livraison de 20 chars "
                    "Leopard 2.") == {("allemagne", "suede")}
