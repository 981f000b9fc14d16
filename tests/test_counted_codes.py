"""Designators named with no weapon noun: joint designators (« AN/TPQ-53 »), a prefix, a slash and a type code, the
slash often written with spaces, counted; any designator counted after a plural possessive (a force's own fleet).
Invented models and documents."""

from __future__ import annotations

import pytest

from tests.conftest import weapon_systems
from tests.test_extractors import PUBLISHED


def _systems(sentence: str) -> set[str]:
    return set(weapon_systems(sentence, PUBLISHED))


@pytest.mark.parametrize(("sentence", "system"), [
    ("La marine chilienne a reçu trois AN / SPZ-81 et un seul AN / TPZ-4K.", "AN / SPZ-81"),
    ("La marine chilienne a reçu trois AN / SPZ-81 et un seul AN / TPZ-4K.", "AN / TPZ-4K"),
    ("Deux J / FQS-7 ont été installés au nord de l'île par l'armée de l'air vietnamienne.", "J / FQS-7"),
    ("Le Pérou a commandé quatre radars J / TQS-P12E au Japon.", "J / TQS-P12E"),
])
def test_a_counted_joint_designator_is_a_system(sentence: str, system: str) -> None:
    assert system in _systems(sentence)


@pytest.mark.parametrize("sentence", [
    "Selon le document A / RES-77 de l'Assemblée générale, la Norvège a livré des armes au Chili.",
    "La ligne 3 / RER-4 sera prolongée jusqu'au port de Valparaiso.",
])
def test_a_slashed_symbol_uncounted_is_no_system(sentence: str) -> None:
    assert not _systems(sentence)


@pytest.mark.parametrize(("sentence", "system"), [
    ("La Bolivie veut remplacer ses avions de transport ZC-130, et de ses deux ZKC-130 de ravitaillement.", "ZKC-130"),
    ("Les marines voisines ont retiré du service leurs quatre ZP-3 de patrouille maritime.", "ZP-3"),
    ("Le Pérou garde ses 12 ZT-55 en réserve.", "ZT-55"),
])
def test_a_fleet_counted_after_a_possessive_is_a_system(sentence: str, system: str) -> None:
    assert system in _systems(sentence)


@pytest.mark.parametrize("sentence", [
    "La compagnie a vendu ses deux Airbus A380 à une autre compagnie.",
    "Le gouvernement a rénové deux routes RN-7 et RN-12 cette année.",
    "Le pays a présenté ses deux priorités au sommet du G20.",
])
def test_no_fleet_without_a_designator_counted_after_a_possessive(sentence: str) -> None:
    assert not _systems(sentence)
