"""Systems named by a class or a type after a ship's or a vague noun (« frégates de classe X », « sous-marins de
type X ») and « Super » models (« avions d'entraînement Super X »); a ship's own name stays none. Invented names."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import weapon_systems
from tests.test_extractors import PUBLISHED


def _systems(sentence: str) -> set[str]:
    return set(weapon_systems(sentence, PUBLISHED))


@pytest.mark.parametrize(("sentence", "system"), [
    ("La Norvège va acheter quatre frégates de classe Zorvak au Japon.", "Zorvak"),
    ("La marine grecque a commandé deux corvettes de la classe Borvik.", "Borvik"),
    ("L'Indonésie a acquis des sous-marins de type Zorvak.", "Zorvak"),
    ("Le Chili achète des drones de type Quorvel.", "Quorvel"),
    ("Le Chili a commandé douze avions d'entraînement Super Zorvak au Brésil.", "Super Zorvak"),
    ("Le Pérou veut des hélicoptères Super Borvik.", "Super Borvik"),
    ("La marine grecque a reçu les autres frégates (classe « Zorvak »).", "Zorvak"),
    ("Le Chili a acheté quatre systèmes de guerre électronique Quorvel.", "Quorvel"),
])
def test_a_class_a_type_or_a_super_model_is_a_system(sentence: str, system: str) -> None:
    assert system in _systems(sentence)


@pytest.mark.parametrize("sentence", [
    "La frégate Normandie est arrivée à Brest.",
    "Le président a pris l'avion Air Force One.",
    "Il a assisté au Super Bowl avant de visiter une usine de drones.",
    "Le Chili a commandé des avions d'entraînement au Brésil pour sa classe Alpha de pilotes.",
])
def test_no_system_in_a_ship_name_or_an_idiom(sentence: str) -> None:
    assert not _systems(sentence)


@pytest.mark.parametrize(("sentence", "system"), [
    ("Après le désarmement de ses deux frégates légères de type Kotor, la marine cherche des patrouilleurs.", "Kotor"),
    ("Le Maroc a commandé deux frégates de la classe Casablanca à l'Espagne.", "Casablanca"),
    ("Le Chili a acheté deux frégates de type Lima au Pérou.", "Lima"),
    ("La Thaïlande a acheté trois frégates de type 054A à la Chine.", "054A"),
    ("Le Bangladesh a reçu deux corvettes de type 056C/B de la Chine.", "056C/B"),
])
def test_a_class_named_like_a_town_or_numbered_after_type_is_a_system(sentence: str, system: str) -> None:
    assert system in _systems(sentence)


@pytest.mark.parametrize("sentence", [
    "La Norvège a commandé des sous-marins de type nouveau à l'Allemagne.",
    "Le Japon développe un destroyer de type furtif.",
    "La Chine a livré deux frégates de ce type au Nigeria.",
    "Le ministre a visité le chantier de Lima avec des élèves de la classe de terminale.",
])
def test_no_system_in_a_type_told_by_an_adjective_or_a_town(sentence: str) -> None:
    assert not _systems(sentence)


@pytest.mark.parametrize(("sentence", "system"), [
    ("La Chine a livré au Nigeria la première des trois frégates F-16 N.", "F-16 N"),
    ("Le Chili a reçu la corvette Rafale.", "Rafale"),
])
def test_a_ship_named_like_an_aircraft_is_no_aircraft(sentence: str, system: str) -> None:
    """« la frégate F-16 N »: the designator of an aircraft after a ship noun names a ship of its own, which takes
    neither the aircraft's maker nor its type."""
    graph = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    named = [e for e in graph.mentions.values() if e.cls == "WeaponSystem"]
    assert [e.label for e in named] == [system]
    assert named[0].iri is None


@pytest.mark.parametrize(("sentence", "system"), [
    ("La marine suédoise attend deux sous-marins de type Blekinge.", "classe Blekinge"),
    ("Alger a commandé quatre corvettes de type Steregushchiy à Moscou.", "classe Steregushchiy"),
])
def test_a_known_class_named_without_its_word_is_that_class(sentence: str, system: str) -> None:
    assert system in _systems(sentence)


def test_one_ship_named_like_a_known_class_stays_no_system() -> None:
    assert not _systems("Le sous-marin Blekinge a plongé au large de Karlskrona.")
