"""Systems named by a class or a type after a ship's or a vague noun (« frégates de classe X », « sous-marins de
type X ») and « Super » models (« avions d'entraînement Super X »); a ship's own name stays none. Invented names."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _systems(sentence: str) -> set[str]:
    graph = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    return {e.label for e in graph.mentions.values() if e.cls == "WeaponSystem"}


@pytest.mark.parametrize(("sentence", "system"), [
    ("La Norvège va acheter quatre frégates de classe Zorvak au Japon.", "Zorvak"),
    ("La marine grecque a commandé deux corvettes de la classe Borvik.", "Borvik"),
    ("L'Indonésie a acquis des sous-marins de type Zorvak.", "Zorvak"),
    ("Le Chili achète des drones de type Quorvel.", "Quorvel"),
    ("Le Chili a commandé douze avions d'entraînement Super Zorvak au Brésil.", "Super Zorvak"),
    ("Le Pérou veut des hélicoptères Super Borvik.", "Super Borvik"),
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
