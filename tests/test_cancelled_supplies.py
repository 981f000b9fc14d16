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


def test_a_supply_in_the_phrase_of_a_cancellation_is_no_fact_however_parsed() -> None:
    # a long phrase before the main verb: the parser hangs the supply on the first noun, not on the cancellation
    assert supplies("Titre\n\nAprès une année pénible marquée de pertes et un hiver plombé par l'annulation par "
                    "l'Inde d'un contrat de 90 millions d'euros pour la livraison de blindés VBCI, le groupe Nexter "
                    "vient d'obtenir un succès en Afrique.") == set()
    # a comma or a verb ends the cancelled phrase: the supply after it is told
    assert supplies("Titre\n\nAprès l'annulation du contrat chilien, l'Allemagne a décidé la livraison de chars "
                    "Leopard 2 au Pérou.") == {("allemagne", "perou")}
    assert supplies("Titre\n\nL'annulation du sommet a précédé la livraison de chars Leopard 2 par "
                    "l'Allemagne au Pérou.") == {("allemagne", "perou")}


def test_a_cancelled_supply_lends_its_recipient_to_no_later_sale() -> None:
    assert supplies("Titre\n\nAprès l'annulation par l'Inde d'un contrat pour la livraison de blindés VBCI, le "
                    "groupe Nexter cherche d'autres clients. La France a vendu des blindés VBCI pour 30 millions "
                    "d'euros, a annoncé Nexter.") == set()
    # a supply told as done still lends its recipient to the same giver's next one
    assert supplies("Titre\n\nLa France a livré des blindés VBCI à l'Inde. La France a aussi vendu des blindés "
                    "VBCI pour 30 millions d'euros.") == {("france", "inde")}
