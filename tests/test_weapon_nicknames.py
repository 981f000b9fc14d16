"""A reporting name in quotes right after a system names that system, no other of the reference data that bears
it (« Mi-35 « Hind » » is no Mi-24). Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import weapon_systems
from tests.test_extractors import PUBLISHED


def test_a_quoted_nickname_after_a_system_names_no_other() -> None:
    found = weapon_systems("Le Niger a reçu de la Russie deux hélicoptères d'attaque Mi-35 « Hind » en mai.", PUBLISHED)
    assert "Mi-35" in found and "Mi-24" not in found


def test_a_nickname_alone_still_names_its_system() -> None:
    assert "Mi-24" in weapon_systems("Le Niger a reçu des hélicoptères « Hind » de la Russie en mai.", PUBLISHED)


def test_two_systems_apart_stay_two() -> None:
    found = weapon_systems("Le Niger a reçu de la Russie deux Mi-35 et trois Mi-24 en mai.", PUBLISHED)
    assert {"Mi-35", "Mi-24"} <= set(found)
