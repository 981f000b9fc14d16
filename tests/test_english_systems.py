"""A system spelled in English with its initials in brackets after it (« le Extended Range Ground to Air Missile
(ERGAM) »): the name and its initials name one system; a kind of system or a body spelled so names none. Sentences
written for these tests; the systems are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import weapon_systems

PUBLISHED = dt.date(2025, 6, 2)


def _systems(sentence: str) -> set[str]:
    return set(weapon_systems(sentence, PUBLISHED))


@pytest.mark.parametrize(("sentence", "system"), [
    ("Canberra veut acquérir trois frégates de type « Future Ocean Combatant » [FOC, un dérivé local] d'ici 2030.",
     "Future Ocean Combatant"),
    ("Le contrat porte sur le Extended Range Ground to Air Missile (ERGAM) destiné au porte-avions.",
     "Extended Range Ground to Air Missile"),
    ("Deux firmes proposeront le Tactical Strike Light Aircraft (TSLA), un avion léger de surveillance.",
     "Tactical Strike Light Aircraft"),
    ("Le ministère a choisi le Multi-Role Coastal Vessel (MRCV) pour sa garde côtière.", "Multi-Role Coastal Vessel"),
])
def test_an_english_name_with_its_initials_is_a_system(sentence: str, system: str) -> None:
    assert _systems(sentence) == {system}


def test_the_initials_name_the_system_again_later() -> None:
    found = weapon_systems("Oslo achètera le Future Ocean Combatant (FOC). Le premier FOC sera livré en 2031.",
                           PUBLISHED)
    assert set(found) == {"Future Ocean Combatant"}


@pytest.mark.parametrize("sentence", [
    "La marine a commandé six Offshore Patrol Vessels (OPV) à un chantier local.",  # a kind of system
    "La Missile Defense Agency (MDA) a mené un essai au large d'Hawaï.",  # a body
    "Le Joint Program Office (JPO) a publié son rapport annuel.",
])
def test_a_kind_or_a_body_spelled_in_english_is_no_system(sentence: str) -> None:
    assert not _systems(sentence)
