"""A supply told under « l'annulation de » a contract is cancelled, no fact. Sentences and names written for these
tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_supply_under_a_cancellation_is_no_fact() -> None:
    assert supplies("Titre\n\nAprès l'annulation par le Pérou d'un contrat pour la livraison de chars Leopard 2, "
                    "le groupe KMW cherche d'autres clients.") == set()
    assert supplies("Titre\n\nL'annulation de la vente de douze Rafale au Koweït a surpris Paris.") == set()
    # a cancellation of something else leaves the supply told beside it
    assert supplies("Titre\n\nMalgré l'annulation du sommet, l'Allemagne a livré des chars Leopard 2 au "
                    "Pérou.") == {("allemagne", "perou")}
