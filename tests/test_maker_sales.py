"""Sales told by the maker's side: « X a signé un contrat avec <maker> pour l'achat de ... », « <maker> a annoncé
une commande de X portant sur ... »: the maker sells for its state, where the article names that state."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_purchase_signed_with_a_maker_is_a_sale_by_its_state() -> None:
    text = ("Le Chili a signé un contrat avec Embraer pour l'achat de six A-29 Super Tucano. "
            "L'avionneur brésilien livrera les appareils en 2026.")
    assert supplies(text) == {("bresil", "chili")}
    text = ("Le ministère kényan de la Défense a conclu un contrat avec Saab pour l'acquisition de huit Gripen, "
            "a indiqué le groupe suédois.")
    assert supplies(text) == {("suede", "kenya")}


def test_an_order_a_maker_announces_is_a_sale_to_its_client() -> None:
    text = "Le groupe suédois Saab a annoncé une commande de la Colombie portant sur seize Gripen."
    assert supplies(text) == {("suede", "colombie")}
    text = ("Embraer a annoncé une commande portant sur quatre A-29 Super Tucano destinés à l'armée de l'air "
            "paraguayenne. Le Brésil compte déjà plusieurs clients en Amérique du Sud.")
    assert supplies(text) == {("bresil", "paraguay")}


def test_a_maker_s_state_the_article_never_names_sells_nothing() -> None:
    # the maker may be a subsidiary abroad: its reference state is no supplier unless the article names it
    assert supplies("Le Chili a signé un contrat avec Embraer pour l'achat de six A-29 Super Tucano.") == set()
    assert supplies("Saab a annoncé une commande de la Colombie portant sur seize Gripen.") == set()
    # a contract with a maker that buys no system is no supply
    assert supplies("Le Chili a signé un contrat avec Embraer pour la maintenance de ses avions. Le Brésil "
                    "s'en félicite.") == set()
