"""Makers an article tells of a system the reference data already gives makers to, and systems named by their
maker's brand. « X, fabriqués par Y » and a yard that delivers a ship of a known class add Y beside the reference
makers (« les chantiers navals Y », plural, is a yard's title too); a firm flagged kg:namesProducts named after a
weapon noun (« des camions KAMAZ », « des fusils d'assaut Kalachnikov ») is its product line, made by it, and
named again after a plural determiner; named alone it stays the firm. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text
from kg.records import Entity

PUBLISHED = dt.date(2025, 6, 2)
KAMAZ = "https://w3id.org/kg-news/id/company-kamaz"
KALASHNIKOV = "https://w3id.org/kg-news/id/company-kalashnikov"


def mentioned(text: str, cls: str) -> dict[str, Entity]:
    found = analyse_text(f"Titre\n\n{text}\n", PUBLISHED).mentions.values()
    return {e.label: e for e in found if e.cls == cls}


def test_a_known_helicopter_takes_the_firm_a_participle_says_made_it() -> None:
    found = mentioned("L'armée a reçu deux hélicoptères Caracal, fabriqués par la société Zorvak Aero.",
                      "WeaponSystem")
    [maker] = found["Caracal"].makers
    assert "zorvak-aero" in maker


def test_the_yards_that_deliver_a_known_frigate_class_build_it() -> None:
    found = mentioned("Les chantiers navals Zorvak ont livré une frégate de la classe Istif à la marine.",
                      "WeaponSystem")
    [maker] = found["classe Istif"].makers
    assert "zorvak" in maker


def test_a_brand_after_a_weapon_noun_is_its_product_line() -> None:
    found = mentioned("L'armée a reçu 18 camions KAMAZ. Les KAMAZ équipent la brigade.", "WeaponSystem")
    assert found["KAMAZ"].makers == (KAMAZ,)
    assert found["KAMAZ"].iri is None
    rifles = mentioned("La police a acheté des fusils d'assaut Kalachnikov.", "WeaponSystem")
    assert rifles["Kalachnikov"].makers == (KALASHNIKOV,)


def test_a_brand_named_alone_stays_the_firm() -> None:
    text = "Kalachnikov a livré des fusils à la police."
    assert mentioned(text, "Company")["Kalachnikov"].iri == KALASHNIKOV
    assert "Kalachnikov" not in mentioned(text, "WeaponSystem")


def test_a_firm_that_names_no_product_line_stays_a_firm_after_a_noun() -> None:
    assert "Airbus" not in mentioned("L'armée a reçu des hélicoptères Airbus.", "WeaponSystem")
