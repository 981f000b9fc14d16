"""Codes and models that look like weapon systems' names and are none (kg/extract/weapon_senses.py, and a weapon's
one-word name as a person's first name, kg/extract/mentions.py): an airliner's model in an article on airliners or
with nothing military, a version's code after « version » or « standard », a slashed designator's tail; the
systems so written in a military article still count."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import weapon_systems


def _systems(text: str) -> set[str]:
    return set(weapon_systems(text))


def _people(text: str) -> set[str]:
    found = analyse_text("Titre\n" + text)
    return {e.label for e in found.mentions.values() if e.cls == "Person"}


@pytest.mark.parametrize("text", [
    "Le loueur malaisien a confirmé une commande de 24 appareils de la famille C929, a annoncé la compagnie "
    "aérienne du groupe.",
    "Le transporteur chilien a reçu 12 C919 supplémentaires cette année, a précisé le constructeur.",
    "La compagnie aérienne a pris livraison de six avions B797X pour ses vols long-courriers.",
])
def test_airliner_models_are_no_systems(text: str) -> None:
    assert _systems(text) == set()


def test_a_military_article_keeps_a_minted_aircraft() -> None:
    assert "ZX-31" in _systems("L'armée de l'air du Pérou a reçu douze avions de combat ZX-31 livrés par la Chine.")


def test_a_version_code_names_no_system() -> None:
    assert _systems("L'Égypte a reçu ses premiers Rafale dans leur version F4 la semaine dernière.") == {"Rafale"}


def test_a_designator_like_a_version_code_still_counts_alone() -> None:
    assert _systems("La Turquie exploite encore des F-4 modernisés dans son armée de l'air.") == {"F-4 Phantom"}


def test_a_slashed_designator_is_one_system() -> None:
    assert _systems("La Malaisie a commandé 18 chasseurs légers F/A-50 à la Corée du Sud.") == {"FA-50"}


def test_a_known_slashed_designator_stays() -> None:
    assert _systems("Le Koweït a modernisé ses chasseurs F/A-18 l'an dernier.") == {"F/A-18"}


def test_a_weapon_name_as_first_name_is_a_person() -> None:
    text = "Le milieu de terrain Bradley Dupont a marqué deux buts samedi face à Lille."
    assert _systems(text) == set()
    assert "Bradley Dupont" in _people(text)


def test_the_weapon_name_alone_stays_a_system() -> None:
    assert _systems("Washington a livré des véhicules Bradley à l'armée ukrainienne.") == {"Bradley"}
