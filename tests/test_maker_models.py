"""A model named with its maker's name before its designator (« des véhicules blindés <firm> ZX-40 », « quarante
<firm> ZX-40 »): a system of its own, that firm's, and the system a supply moves; a firm named before no designator
stays a firm. Sentences written for these tests; the designators are invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.pipeline import analyse_text
from kg.records import Entity
from tests.conftest import build_text, rows

PUBLISHED = dt.date(2025, 6, 2)


def _analysis(text: str):  # type: ignore[no-untyped-def]
    return analyse_text(f"Titre\n{text}", PUBLISHED)


def weapons(text: str) -> dict[str, Entity]:
    return {e.label: e for e in _analysis(text).mentions.values() if e.cls == "WeaponSystem"}


def test_a_designator_after_a_maker_after_a_weapon_noun() -> None:
    found = weapons("Le Ghana a reçu de la Turquie douze véhicules blindés Otokar ZX-40.")
    assert "Otokar ZX-40" in found
    assert any("otokar" in m for m in found["Otokar ZX-40"].makers)


def test_a_designator_after_a_maker_and_a_wheel_formula() -> None:
    found = weapons("Berlin va fournir à Kiev des obusiers automoteurs Rheinmetall ZH-77 8\u00d78.")
    [name] = [n for n in found if n.startswith("Rheinmetall ZH-77")]
    assert any("rheinmetall" in m for m in found[name].makers)


def test_a_counted_designator_after_its_maker() -> None:
    found = weapons("Israël a livré à l'Azerbaïdjan 40 Elbit ZQ-9 l'an dernier.")
    assert "Elbit ZQ-9" in found
    assert any("elbit" in m for m in found["Elbit ZQ-9"].makers)


def test_a_radar_named_after_its_maker() -> None:
    found = weapons("L'Estonie a commandé six radars Thales ZG-400 pour sa défense aérienne.")
    assert "Thales ZG-400" in found


def test_a_maker_before_no_designator_stays_a_firm() -> None:
    assert not weapons("Le Nigeria a reçu douze véhicules Otokar en 2023.")
    assert not weapons("La Turquie a livré des drones Baykar au Niger.")


def test_a_maker_before_a_figure_outside_a_weapon_phrase_names_nothing() -> None:
    assert not weapons("Les ventes d'Otokar T3 2024 ont progressé de dix pour cent.")


def test_the_supply_moves_the_model_named_with_its_maker(tmp_path: Path) -> None:
    graph = build_text(tmp_path, "Titre\nLa Turquie a livré au Ghana douze véhicules blindés de combat à roues "
                       "Otokar ZX-40 6\u00d76.\n")
    found = {(r["supporterLabel"], r["recipientLabel"], r.get("weaponLabel", ""))
             for r in rows(graph, "military-support")}
    assert any(s == "Turquie" and r == "Ghana" and w.startswith("Otokar ZX-40") for s, r, w in found)


def test_a_designator_with_a_weapon_noun_in_apposition() -> None:
    assert "ZH-5" in weapons("Le Niger a reçu trois ZH-5, des hélicoptères de transport, de la part de la Chine.")
    found = weapons("Le pays a acheté le ZT-40, un obusier automoteur.")
    assert found["ZT-40"].kind is not None and found["ZT-40"].kind.endswith("self-propelled-howitzer")


def test_a_taken_up_designator_in_apposition_is_the_supplied_system(tmp_path: Path) -> None:
    graph = build_text(tmp_path, "Titre\nDes blindés livrés au Mali par la Russie ont défilé à Bamako. A terme, une "
                       "vingtaine de ces ZX-77, des véhicules de reconnaissance, doivent équiper l'armée malienne.\n")
    found = {(r["supporterLabel"], r["recipientLabel"], r.get("weaponLabel", ""))
             for r in rows(graph, "military-support")}
    assert ("Russie", "Mali", "ZX-77") in found


def test_a_designator_with_no_weapon_noun_in_apposition_names_nothing() -> None:
    assert not weapons("Le bataillon ZT-40, des soldats aguerris, est parti vers le nord.")
    assert not weapons("Le vol AF-447, un long-courrier, a disparu en mer.")


def test_a_designator_after_a_maker_after_a_determiner() -> None:
    found = weapons("La marine chilienne veut remplacer les Elbit ZQ-9 de sa flotte.")
    assert any("elbit" in m for m in found["Elbit ZQ-9"].makers)
    found = weapons("Ce sonar a équipé des Kaman ZS-3 de la marine australienne.")
    assert found["Kaman ZS-3"].makers == ("https://w3id.org/kg-news/id/company-kaman",)


def test_a_maker_after_a_determiner_before_a_year_or_no_designator_names_nothing() -> None:
    assert not weapons("Les Thales 2024 ont été présentés aux actionnaires.")
    assert not weapons("Les Airbus de la compagnie sont restés au sol.")


def test_a_model_counted_in_digits_after_its_maker_is_named() -> None:
    found = weapons("Nairobi a commandé 12 Bell 407GXi pour sa police.")
    assert "Bell 407GXi" in found
    assert any("textron" in m for m in found["Bell 407GXi"].makers)


def test_a_model_made_by_a_firm_after_a_vague_noun_is_named() -> None:
    found = weapons("Le Niger a reçu des engins Vortak également produits par Otokar.")
    assert any("otokar" in m for m in found["Vortak"].makers)
    found = weapons("Le Niger aurait reçu un nombre inconnu d'engins Korhan Tuzla également produits par Otokar.")
    assert any("otokar" in m for m in found["Korhan Tuzla"].makers)


def test_a_ship_named_after_its_noun_stays_no_system_made_or_not() -> None:
    assert not weapons("La frégate Normandie, construite par Naval Group, a fait escale à Dakar.")


def test_a_code_of_digits_then_capitals_after_a_counted_maker() -> None:
    found = weapons("La gendarmerie du Togo a reçu trois Pilatus 330KT pour surveiller ses frontières.")
    assert "Pilatus 330KT" in found
    assert any("pilatus" in m for m in found["Pilatus 330KT"].makers)


def test_a_code_of_digits_then_capitals_after_a_maker_after_a_weapon_noun() -> None:
    found = weapons("Le Kenya a commandé cinq avions de liaison Cessna 188XR aux États-Unis.")
    assert "Cessna 188XR" in found


def test_a_maker_before_bare_digits_or_a_year_names_no_model() -> None:
    assert not weapons("Les ventes de Pilatus 2024 dépassent celles de l'an passé.")
    assert not weapons("Les Cessna 150 de l'aéroclub de Lomé ont volé samedi.")
