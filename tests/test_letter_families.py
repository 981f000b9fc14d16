"""A lone capital letter is a designator's prefix (« F » of « F 35 »), no family name of a system: a letter
coordinated after a model's version letter (« des chasseurs Zorvak E et F ») names no reference system."""

from __future__ import annotations

import pytest

from tests.conftest import weapon_systems
from tests.test_extractors import PUBLISHED


@pytest.mark.parametrize("sentence", [
    "Le Pérou a acheté douze chasseurs Zorvak E et F, selon la presse.",
    "La Colombie a choisi des avions Gripen C et F, pour un montant inconnu.",
])
def test_a_version_letter_names_no_reference_system(sentence: str) -> None:
    assert "F-35" not in weapon_systems(sentence, PUBLISHED)


def test_the_reference_system_keeps_its_designator() -> None:
    assert "F-35" in weapon_systems("La Pologne a reçu ses premiers F 35 et d'autres F-35A.", PUBLISHED)
