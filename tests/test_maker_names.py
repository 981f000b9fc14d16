"""Who makes a system, by the name the press gives: a design bureau and the holding that took it in are each a
company of the reference data (the bureau's systems are made by both); a firm an order is placed with, introduced
by its home or trade (« commandé au ghanéen Y »), or a yard that delivers (« le chantier naval Y va livrer »),
makes the systems the sentence names. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import build_text, rows
from tests.test_weapons import makers


def test_a_design_bureau_and_its_holding_both_make_its_helicopters(tmp_path: Path) -> None:
    graph = build_text(tmp_path, "Titre\nLe Kazakhstan a reçu deux hélicoptères lourds Mi-26 de la Russie.\n")
    found = {r["manufacturerLabel"] for r in rows(graph, "weapon-systems") if r["weaponLabel"] == "Mi-26"}
    assert found == {"Mil", "Russian Helicopters"}


def test_a_firm_an_order_is_placed_with_by_its_home_makes_the_system() -> None:
    found = makers("Le Ghana a commandé un second lot de douze blindés Kobra 3 au ghanéen Zenta Motors.")
    assert any("zenta" in m.lower() for m in found["Kobra 3"])


def test_a_yard_that_delivers_makes_the_ships() -> None:
    found = makers("Le chantier naval norvégien Zorvak va livrer 30 patrouilleurs KX 90 à la marine ghanéenne.")
    assert any("zorvak" in m.lower() for m in found["KX 90"])


def test_a_gloss_in_brackets_between_the_noun_and_the_name_and_a_demonym_the_tagger_lacks() -> None:
    found = makers("Windhoek vient de commander 14 véhicules blindés antimines (mine-resistant vehicles, MRV) Tarka 4 "
                   "au constructeur zambien Ozoro Motors.")
    assert any("ozoro" in m.lower() for m in found["Tarka 4"])


def test_the_yard_an_order_is_placed_with_builds_a_class_told_after_the_noun_s_qualifiers() -> None:
    found = makers("Le Zorland a passé en 2015 une commande auprès de Fincantieri pour deux corvettes lance-missiles "
                   "de type Zorvik.")
    assert any("fincantieri" in m.lower() for m in found["Zorvik"])
    found = makers("Le Zorland a passé une commande auprès de Fincantieri pour quatre frégates légères de classe "
                   "Zorvik.")
    assert any("fincantieri" in m.lower() for m in found["Zorvik"])


def test_the_firm_an_order_is_placed_with_by_its_bare_name_makes_no_missile_class() -> None:
    found = makers("Le Zorland a passé une commande auprès de Fincantieri pour des missiles antinavires de type "
                   "Zorvak.")
    assert not found["Zorvak"]
