"""« X, fabriqué par Y »: the participle of making tells the maker of the nearest system before it, not of a system
named further back past another one. Invented designators; reference firms."""

from __future__ import annotations

import pytest

from tests.conftest import weapon_systems
from tests.test_extractors import PUBLISHED


def _makers(sentence: str, system: str) -> tuple[str, ...]:
    return weapon_systems(sentence, PUBLISHED)[system].makers


@pytest.mark.parametrize(("sentence", "system"), [
    ("Le Chili a commandé douze chars ZQ-40 et trente véhicules KF41 Lynx, produits par Rheinmetall.", "ZQ-40"),
    ("La Grèce a acheté six drones ZR-9 puis des missiles Exocet, fabriqués par MBDA.", "ZR-9"),
])
def test_no_maker_past_a_nearer_system(sentence: str, system: str) -> None:
    assert not _makers(sentence, system)


@pytest.mark.parametrize(("sentence", "system"), [
    ("Le Chili a commandé douze chars ZQ-40, produits par Rheinmetall.", "ZQ-40"),
    ("La Grèce a acheté six drones ZR-9, fabriqués par MBDA, en 2019.", "ZR-9"),
])
def test_the_nearest_system_is_the_one_made(sentence: str, system: str) -> None:
    assert _makers(sentence, system)
