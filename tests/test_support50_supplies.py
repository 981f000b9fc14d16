"""Supplies read in session 50: a multinational group's systems taken delivery of stand for the group, not for its
home state, where the article never names that state. Sentences and names written for these tests."""

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
