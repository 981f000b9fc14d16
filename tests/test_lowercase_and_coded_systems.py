"""A reference system written lowercase right after its weapon noun or as a designator (« des systèmes stinger »,
« avions d'attaque m-346 »); a name ending in a model code after a vague noun of aircraft (« avions Zorvak ZA-62 »);
a name of two words that the reference data holds whole (« Predator Hawk ») is not two systems. Own sentences."""

from __future__ import annotations

import pytest

from tests.conftest import weapon_systems
from tests.test_extractors import PUBLISHED


def _systems(sentence: str) -> set[str]:
    return set(weapon_systems(sentence, PUBLISHED))


@pytest.mark.parametrize(("sentence", "system"), [
    ("La société a vendu des systèmes stinger montés sur des blindés à la Belgique.", "Stinger"),
    ("Le Ghana attend des avions d'attaque m-346 et des drones.", "M-346 Master"),
    ("L'armée de l'air recevra trois avions Zorvak ZA-62 et deux hélicoptères.", "Zorvak ZA-62"),
    ("La marine a reçu deux appareils Kestrel KX-9 de patrouille maritime.", "Kestrel KX-9"),
])
def test_a_lowercase_or_coded_name_is_a_system(sentence: str, system: str) -> None:
    assert system in _systems(sentence)


@pytest.mark.parametrize("sentence", [
    "Une rafale de vent a renversé la tente du camp.",
    "Le mistral souffle fort sur la base navale.",
    "La compagnie a loué deux avions Zorvak pour la saison.",
])
def test_a_common_word_or_an_uncoded_name_after_a_vague_noun_is_none(sentence: str) -> None:
    assert not _systems(sentence)


def test_a_two_word_reference_name_is_one_system() -> None:
    assert _systems("Le contrat porte sur des missiles Predator Hawk d'une portée de 300 km.") == {"Predator Hawk"}


def test_two_variants_of_one_family_are_two_systems() -> None:
    found = _systems("L'armée alignait quelques Zorvak-7, AML-60, AML-90 et des blindés VAB.")
    assert {"Panhard AML-60", "Panhard AML-90"} <= found


def test_a_code_listed_before_a_known_system_is_one() -> None:
    assert {"ZT-61", "BRDM-2", "VAB"} <= _systems("L'armée alignait quelques ZT-61, BRDM-2 et VAB à la frontière.")


def test_a_type_a_copula_gives_its_subject_is_a_system() -> None:
    found = _systems("Le Mali a reçu des blindés. Les véhicules livrés sont de type « Zorvak Light APC ».")
    assert "Zorvak Light APC" in found


def test_a_bare_mamba_is_the_armoured_vehicle_and_the_mamba_system_the_air_defence() -> None:
    assert "Mamba" in _systems("L'armée alignait des blindés Panhard, Mamba et BTR-80 lors du défilé.")
    assert "SAMP/T" in _systems("L'armée de l'air a déployé le système Mamba près de la base.")


@pytest.mark.parametrize("sentence", [
    "La France a livré le système SAMP/T Mamba à la Pologne.",
    "La France a livré deux SAMP/T Mamba à la Pologne.",
])
def test_the_air_defence_system_named_with_its_byname_is_one_system(sentence: str) -> None:
    assert _systems(sentence) == {"SAMP/T"}
