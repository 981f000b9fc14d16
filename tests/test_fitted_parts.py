"""A part fitted to a system (an engine, a radar fitted to an aircraft) is no system of its own and gives no supply;
what arms a system, and what a state acquires, stay systems. Invented names, sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import weapon_systems
from tests.test_extractors import PUBLISHED


def _systems(sentence: str) -> set[str]:
    return set(weapon_systems(sentence, PUBLISHED))


@pytest.mark.parametrize(("sentence", "part"), [
    ("Le Kenya a reçu douze appareils d'entraînement équipés du QT-6B de Rolls-Royce.", "QT-6B"),
    ("Les hélicoptères livrés au Pérou sont motorisés par le ZM-12 de Safran.", "ZM-12"),
    ("Le drone vendu au Niger est propulsé par deux turbopropulseurs VR-450 de Leonardo.", "VR-450"),
    ("La Zambie a acheté des blindés mus par un moteur diesel KD-8 de Thales.", "KD-8"),
    ("L'Égypte a commandé des chasseurs dotés d'un radar ZR-30 de Leonardo.", "ZR-30"),
])
def test_a_fitted_part_is_no_system(sentence: str, part: str) -> None:
    assert part not in _systems(sentence)


@pytest.mark.parametrize(("sentence", "system"), [
    ("Le Togo a reçu des drones équipés de missiles QX-3 de Roketsan.", "QX-3"),
    ("Le Bénin s'est doté du QZ-40 de Leonardo l'an dernier.", "QZ-40"),
    ("La Bolivie a acheté des radars QG-200 de Thales.", "QG-200"),
])
def test_arms_an_acquisition_or_a_radar_sold_stay_systems(sentence: str, system: str) -> None:
    assert system in _systems(sentence)
