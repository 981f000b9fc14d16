"""A reference system's name after a noun of another kind of platform (land, sea, air) is a system of its own, not
the reference system that bears it (kg.extract.kind_namesakes). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text
from tests.conftest import weapon_systems

PUBLISHED = dt.date(2025, 6, 2)


def _systems(sentence: str) -> dict[str, str | None]:
    return {label: e.iri for label, e in weapon_systems(sentence, PUBLISHED).items()}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Le Kenya a reçu de l'Afrique du Sud dix véhicules blindés Hawkeye.", "Hawkeye"),
    ("La marine thaïlandaise a mis en service deux corvettes Apache construites localement.", "Apache"),
    ("Le Pérou a acquis six patrouilleurs Predator auprès d'un chantier coréen.", "Predator"),
])
def test_a_name_after_a_noun_of_another_platform_is_a_system_of_its_own(sentence: str, name: str) -> None:
    found = _systems(sentence)
    assert name in found
    assert found[name] is None  # minted, not the reference system of another kind


@pytest.mark.parametrize(("sentence", "label"), [
    ("Les Etats-Unis ont livré des missiles Patriot à la Pologne.", "Patriot"),
    ("La Grèce a reçu de l'Allemagne des chars antiaériens Gepard.", "Gepard"),
    ("La France a livré des hélicoptères Caracal au Koweït.", "Caracal"),
])
def test_a_name_after_a_noun_of_its_own_platform_stays_the_reference_system(sentence: str, label: str) -> None:
    found = _systems(sentence)
    assert any(label in name and iri is not None for name, iri in found.items()), found


def _senses(text: str) -> set[tuple[str, str | None]]:
    """Each weapon system the article names, as (label, reference IRI or None when minted)."""
    found = analyse_text(f"Titre\n{text}", published=PUBLISHED).mentions.values()
    return {(e.label, e.iri) for e in found if e.cls == "WeaponSystem"}


@pytest.mark.parametrize("text", [
    "Le Kenya a reçu de l'Afrique du Sud dix véhicules blindés Hawkeye. Le Hawkeye peut être emporté par un avion "
    "de transport.",
    "Le Kenya a reçu de l'Afrique du Sud dix véhicules blindés Hawkeye.\n\nSelon l'armée, le Hawkeye peut être "
    "emporté par un avion de transport.",
    "L'armée kényane a commandé 300 véhicules Caracal. Le Caracal est un véhicule léger qui peut être emporté par "
    "hélicoptère.",
])
def test_the_name_told_again_alone_keeps_the_sense_the_article_gave_it(text: str) -> None:
    """Once a noun of another platform made a name a system of its own, the name alone later in the article is that
    system, not the reference system of another kind that bears it."""
    assert {iri for _, iri in _senses(text)} == {None}
