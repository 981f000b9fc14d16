"""A purchase of « N appareils » taken up from the system named before, with no seller said: the one maker the
article names for that system sells it (by its state, abroad; as itself, at home). Sentences written for these
tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_counted_aircraft_after_a_maker_s_system_are_bought_from_its_state() -> None:
    text = ("Un nouvel avion pour Athènes\n\n"
            "Le Rafale est un avion de combat conçu par Dassault Aviation. "
            "À ce jour, l'armée de l'air grecque a commandé 24 appareils.")
    assert supplies(text) == {("france", "grece")}


def test_a_purchase_with_no_system_taken_up_has_no_seller() -> None:
    text = ("Un nouvel avion pour Athènes\n\n"
            "Dassault Aviation est un avionneur. "
            "À ce jour, l'armée de l'air grecque a commandé 24 appareils.")
    assert supplies(text) == set()
