"""A model of a known system's family (its label's first word and another model number) is another system, named as
written, never the known one by the family name alone (kg.extract.variants); a year after the family name is no
model. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import weapon_systems

PUBLISHED = dt.date(2025, 6, 2)


def _systems(sentence: str) -> dict[str, str | None]:
    return {label: e.iri for label, e in weapon_systems(sentence, PUBLISHED).items()}


@pytest.mark.parametrize(("sentence", "model"), [
    ("La garde côtière a reçu trois Dornier 328 de l'Allemagne.", "Dornier 328"),
    ("La marine exploite deux Dornier 228 et trois Dornier 328B.", "Dornier 328B"),
    ("Le Bénin a réceptionné trois avions Dornier 328.", "Dornier 328"),
])
def test_another_model_number_after_a_family_name_is_another_system(sentence: str, model: str) -> None:
    found = _systems(sentence)
    assert model in found
    assert found[model] is None  # minted, not the reference system of the family


def test_the_family_name_and_its_own_number_is_the_known_system() -> None:
    found = _systems("La marine exploite quatre Dornier 228 pour la surveillance.")
    assert "Dornier 228" in found and found["Dornier 228"] is not None


def test_a_year_after_the_family_name_is_no_model() -> None:
    found = _systems("Le Bénin a réceptionné des avions Dornier 2024 selon le ministère.")
    assert "Dornier 2024" not in found
