"""Boats and launches as systems, gifts told to a force whose name has a complement: « deux bateaux d'assaut ZX 40 »,
« des vedettes Zorvak » name a system like « des patrouilleurs Zorvak » (« le bateau Zorvak », one boat's own name,
does not); « X a fait don à l'armée de l'air Y de trois avions »: the parser hangs what is given on the last noun of
the recipient's name, still what the gift hands over; a quoted type after a weapon noun and its complements
(« des bateaux d'interception de type « Zorvak » ») is the system. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_gifts_defined_weapons import weapon_labels
from tests.test_retold_supplies import systems


@pytest.mark.parametrize("text, pair, system", [
    ("La Turquie livrera à la marine qatarie deux bateaux d'assaut ZX 40.", ("turquie", "qatar"), "ZX 40"),
    ("Les États-Unis ont livré au Sénégal deux vedettes Zorvak.", ("etats unis", "senegal"), "Zorvak"),
    ("Le Japon a transféré trois bateaux intercepteurs Zorvak Spear à la Tunisie.", ("japon", "tunisie"),
     "Zorvak Spear"),
])
def test_a_boat_or_launch_noun_names_the_system_supplied(text: str, pair: tuple[str, str], system: str) -> None:
    assert system in systems(text).get(pair, set())


@pytest.mark.parametrize("text", [
    "Le bateau Zorvak Spirit a recueilli deux cents naufragés au large des côtes.",
    "La vedette Zorvak a quitté le port à l'aube.",
])
def test_one_boat_named_is_no_system(text: str) -> None:
    assert not weapon_labels(text)


@pytest.mark.parametrize("text, pair", [
    ("Les États-Unis ont fait don à l'armée de l'air hondurienne de trois avions de surveillance.",
     ("etats unis", "honduras")),
    ("La Chine a fait don à l'armée de terre camerounaise de vingt véhicules blindés.", ("chine", "cameroun")),
])
def test_a_gift_to_a_force_with_a_complement_hands_over_what_follows(text: str, pair: tuple[str, str]) -> None:
    assert pair in systems(text)


def test_a_gift_of_no_materiel_to_a_body_with_a_complement_is_no_supply() -> None:
    assert not systems("La France a fait don à l'école de musique de Niamey de trois pianos.")


@pytest.mark.parametrize("text, pair, system", [
    ("Le Japon a transféré deux bateaux d'interception de type « Zorvak Spear » à la Tunisie.", ("japon", "tunisie"),
     "Zorvak Spear"),
    ("Le Maroc a reçu de la Chine des missiles sol-air de courte portée de type « Zorvak ».", ("chine", "maroc"),
     "Zorvak"),
])
def test_a_quoted_type_after_a_weapon_noun_and_its_complements_is_the_system(text: str, pair: tuple[str, str],
                                                                              system: str) -> None:
    assert system in systems(text).get(pair, set())


def test_a_quoted_type_after_no_weapon_noun_is_no_system() -> None:
    assert not weapon_labels("Le ministère a remis aux écoles des ordinateurs portables de type « Zorvak ».")
