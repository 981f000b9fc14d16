"""Systems built, made or produced for another state are a supply from the builder (or the state of its yard or
maker) to that state; building for oneself, a production for no one and a possible building are no such fact.
Sentences written for these tests."""

from __future__ import annotations

from tests.test_supply import supplies

POSSIBLE = {"possible", "planned"}


def test_a_yard_building_for_a_navy_supplies_its_state() -> None:
    assert supplies("Le chantier naval espagnol construit trois frégates pour la marine chilienne.") == \
        {("espagne", "chili")}


def test_a_ship_built_by_a_yard_for_a_state_is_supplied_by_the_yard_s_state() -> None:
    found = supplies("Ce patrouilleur est le troisième navire de guerre construit par le chantier naval italien "
                     "pour le Qatar.")
    assert found == {("italie", "qatar")}


def test_a_maker_building_for_a_state_supplies_it_for_its_state() -> None:
    assert supplies("Naval Group construit six sous-marins pour le Brésil.") == {("france", "bresil")}


def test_systems_made_in_a_state_for_an_army_come_from_that_state() -> None:
    assert supplies("Des blindés fabriqués en Corée du Sud pour l'armée polonaise ont été présentés hier.") == \
        {("coree du sud", "pologne")}


def test_building_its_own_ships_gives_nothing() -> None:
    assert supplies("L'Espagne construit ses propres frégates dans ses chantiers navals.") == set()


def test_a_production_for_no_one_gives_nothing() -> None:
    assert supplies("Des drones militaires fabriqués en Inde ont été présentés au salon.") == set()


def test_a_possible_building_is_no_fact() -> None:
    text = "Le chantier naval espagnol pourrait construire deux corvettes pour la marine marocaine."
    assert supplies(text) == set()
    assert supplies(text, POSSIBLE) == {("espagne", "maroc")}


def test_building_something_that_is_no_system_gives_nothing() -> None:
    assert supplies("Le ministre des Armées veut construire un avenir pour la Moldavie, loin de la guerre.") == set()


def test_a_ship_sent_into_the_sea_is_launched_not_supplied() -> None:
    text = ("La France et le Chili ont signé un partenariat pour des frégates. La ministre chilienne a actionné le "
            "levier qui a envoyé le navire de guerre dans la mer.")
    assert ("chili", "france") not in supplies(text)


def test_a_ship_of_a_class_built_for_a_state_is_supplied() -> None:
    found = supplies("Le bâtiment est le premier navire de cette série construit par le chantier naval italien pour "
                     "l'Égypte.")
    assert found == {("italie", "egypte")}
