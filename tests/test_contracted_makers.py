"""The firm that wins or is awarded a contract for making a system makes it (« Y a remporté un contrat pour la
production de X », « Z a attribué à Y un contrat de production du X », « le contrat confié à Y porte sur la
construction de X »); a participle of making that opens its sentence names the maker of the main clause's subject
(« Conçu par Y, le X ... », « Produits par Y, ces véhicules ... »); firms coordinated as the subject of a verb of
making all make the system. A contract for another work, or for parts, names no maker. Sentences written for these
tests; the systems' names are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text
from kg.records import Entity

PUBLISHED = dt.date(2025, 6, 2)


def weapons(text: str) -> dict[str, Entity]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).mentions.values()
    return {e.label: e for e in found if e.cls == "WeaponSystem"}


@pytest.mark.parametrize(("sentence", "system", "maker"), [
    ("Otokar a remporté un contrat de 80 millions de dollars pour la fabrication de six blindés ZQ-41 destinés au "
     "Kenya.", "ZQ-41", "otokar"),
    ("Le Ghana a attribué à Aselsan un contrat de développement et de production pour un premier lot du drone "
     "ZQ-52.", "ZQ-52", "aselsan"),
    ("Le contrat confié à Naval Group porte sur la construction de deux corvettes ZQ-63.", "ZQ-63", "naval-group"),
    ("Un contrat pour la production de quarante obusiers ZQ-74 a été attribué à Rheinmetall.", "ZQ-74",
     "rheinmetall"),
])
def test_the_firm_that_wins_a_contract_for_making_a_system_makes_it(sentence: str, system: str,
                                                                      maker: str) -> None:
    assert any(maker in m for m in weapons(sentence)[system].makers)


@pytest.mark.parametrize(("sentence", "system"), [
    ("Otokar a remporté un contrat pour la maintenance des blindés ZQ-41.", "ZQ-41"),
    ("Otokar a remporté un contrat pour la modernisation des blindés ZQ-41.", "ZQ-41"),
    ("Otokar a remporté un contrat pour la fabrication de pièces détachées des blindés ZQ-41.", "ZQ-41"),
])
def test_a_contract_for_another_work_or_for_parts_names_no_maker(sentence: str, system: str) -> None:
    assert weapons(sentence)[system].makers == ()


@pytest.mark.parametrize(("text", "system", "maker"), [
    ("Conçu par Otokar, le blindé ZQ-41 a été présenté à Nairobi.", "ZQ-41", "otokar"),
    ("Le Niger a reçu douze véhicules blindés ZQ-85. Produits par le groupe turc Otokar et montés sur un châssis "
     "civil, ces véhicules peuvent transporter dix soldats.", "ZQ-85", "otokar"),
])
def test_a_participle_of_making_opening_its_sentence_gives_the_subject_its_maker(text: str, system: str,
                                                                                  maker: str) -> None:
    assert any(maker in m for m in weapons(text)[system].makers)


def test_a_participle_of_another_verb_opening_its_sentence_names_no_maker() -> None:
    assert weapons("Présenté par Otokar, le blindé ZQ-41 a séduit le Kenya.")["ZQ-41"].makers == ()


def test_firms_coordinated_as_the_subject_of_making_all_make_the_system() -> None:
    makers = weapons("Otokar et Aselsan ont développé conjointement le blindé ZQ-96.")["ZQ-96"].makers
    assert any("otokar" in m for m in makers) and any("aselsan" in m for m in makers)
