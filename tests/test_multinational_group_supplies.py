"""A multinational group's systems taken delivery of stand for the group, not for its home state, where the
article never names that state or names it only buying or receiving. Sentences and names written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_delivery_of_a_multinational_groups_systems_is_the_groups_where_its_state_is_unnamed() -> None:
    assert supplies("L'armée de l'air chilienne a pris livraison de son premier avion de transport C295 "
                    "d'Airbus.") == {("airbus", "chili")}
    assert supplies("Le Chili a reçu son premier avion C295 d'Airbus.") == {("airbus", "chili")}
    # a national maker's systems still come from its state
    assert supplies("L'armée de l'air chilienne a pris livraison de son premier Gripen de Saab.") == \
        {("suede", "chili")}
    # the article names the group's state: that state delivers
    assert ("france", "chili") in supplies("Le Chili a pris livraison de son premier avion C295 d'Airbus, "
                                           "l'avionneur français.")


def test_a_multinational_groups_sale_is_the_groups_where_its_state_is_named_only_buying() -> None:
    # the group's home state is told only buying or receiving the group's systems: the group sells abroad as itself
    assert supplies("La France a commandé dix hélicoptères H160 à Airbus. Le Portugal a pour sa part acheté "
                    "douze hélicoptères H145.") == {("airbus", "france"), ("airbus", "portugal")}
    assert supplies("L'armée de terre française a reçu ses premiers hélicoptères H160 d'Airbus. Le Portugal a "
                    "commandé douze hélicoptères H145.") == {("airbus", "france"), ("airbus", "portugal")}
    # the home state told in a deal with another state, or at talks with the buyer: it sells, as before
    assert ("france", "portugal") in supplies("La France et la Roumanie ont signé un accord de coopération. Le "
                                              "Portugal a commandé douze hélicoptères H145.")
    assert ("france", "portugal") in supplies("Le ministre français des Armées a rencontré son homologue portugais. "
                                              "Le Portugal a commandé douze hélicoptères H145.")


def test_a_multinational_groups_delivery_to_its_home_state_is_the_groups() -> None:
    assert supplies("Airbus livrera vingt hélicoptères H160 à la France.") == {("airbus", "france")}
    # a national maker delivering at home gives nothing from one state to another
    assert supplies("Dassault livrera vingt avions Rafale à la France.") == set()
