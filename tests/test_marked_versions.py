"""A name the reference data gives one system (« Tigre » of the attack helicopter) followed by « Mark N » or « Mk N »
names that system's version, of its type and makers, after its noun or alone in a list; a name no system bears, or
the words without a version's number, are no version (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import weapon_systems

AIRBUS = "https://w3id.org/kg-news/id/company-airbus"


@pytest.mark.parametrize(("sentence", "label"), [
    ("Madrid a commandé dix-huit hélicoptères Tigre Mark 3 pour son armée de terre.", "Tigre Mark 3"),
    ("Le contrat porte sur deux lots (Tigre Mark 3 et 12 H135) pour l'armée espagnole.", "Tigre Mark 3"),
    ("L'armée de terre modernisera ses Tigre Mk III d'ici 2030.", "Tigre Mk III"),
])
def test_a_marked_version_of_a_known_system_is_of_its_makers(sentence: str, label: str) -> None:
    found = weapon_systems(sentence)
    assert label in found
    assert AIRBUS in found[label].makers


@pytest.mark.parametrize("sentence", [
    "Le général Mark Tigre a inspecté la base de Pau.",  # a first name, no version's number
    "Le Zorvakien Mark 3 est un prototype civil.",  # a name no reference system bears
])
def test_no_version_without_a_known_name_and_a_number(sentence: str) -> None:
    assert not any(label.endswith(("Mark 3", "Tigre")) and e.makers for label, e in weapon_systems(sentence).items())
