"""A name after a firm noun and its trade (« le groupe d'armement X », « le constructeur de drones X ») is the firm's:
no system named after the weapon noun of the trade, the maker of what it makes, the seller of what it delivers
(kg.extract.firm_trades). Invented names, sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def _read(text: str) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """The weapon systems (with their makers' IRIs) and the other named actors (with their class) of one text."""
    found = analyse_text(f"Titre\n\n{text}\n", PUBLISHED).mentions.values()
    return ({e.label: e.makers for e in found if e.cls == "WeaponSystem"},
            {e.label: e.cls for e in found if e.cls != "WeaponSystem"})


@pytest.mark.parametrize("text", [
    "Les drones Vorlek sont fabriqués par le constructeur de drones Brastad.",
    "Les obusiers Vorlek sont produits par le groupe d'armement Brastad.",
    "Les blindés Vorlek sont fabriqués par le groupe de défense Brastad.",
])
def test_the_firm_after_its_trade_makes_the_system(text: str) -> None:
    systems, actors = _read(text)
    assert set(systems) == {"Vorlek"}
    assert actors.get("Brastad") == "Company"
    assert any("brastad" in maker for maker in systems["Vorlek"])


@pytest.mark.parametrize("text", [
    "Le constructeur de drones Brastad a livré douze drones Vorlek au Niger.",
    "Le constructeur turc de drones Brastad a livré douze drones Vorlek au Niger.",
    "Le fabricant d'hélicoptères Brastad a livré deux hélicoptères Vorlek au Niger.",
])
def test_the_trade_s_weapon_noun_names_no_system_after_it(text: str) -> None:
    """The weapon noun of a firm's trade is no system's noun: the firm's name after it names no system."""
    systems, _ = _read(text)
    assert set(systems) == {"Vorlek"}
