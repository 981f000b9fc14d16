"""Systems and sums as newsrooms tell them (sentences written for these tests): a lone surname told first is the
reference person; a sale to buyers a noun leaves unnamed (« à trois pays ») is paid its price « pour N »; a designator
after a truck noun is a system."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.pipeline import analyse_text
from tests.conftest import build_text, rows, weapon_systems


def _states(tmp_path: Path, text: str) -> set[str]:
    return {r["stateLabel"] for r in rows(build_text(tmp_path, "Titre\n" + text), "states")}


def _people(tmp_path: Path, text: str) -> set[str]:
    return {r["personLabel"] for r in rows(build_text(tmp_path, "Titre\n" + text), "people")}


def test_a_lone_surname_told_first_is_the_reference_person(tmp_path: Path) -> None:
    text = "Le Premier ministre Orban a reçu le chancelier autrichien à Budapest."
    assert "Hongrie" in _states(tmp_path, text)
    assert _people(tmp_path, text) == {"Viktor Orban"}


def _sums(text: str) -> set[Decimal]:
    found = analyse_text("Titre\n" + text).facts
    return {a.value for f in found if f.kind in {"financing", "agreement"} and f.modality.value in
            {"asserted", "reported"} for a in f.amounts}


@pytest.mark.parametrize("text", [
    "Le constructeur Embraer a annoncé avoir vendu des avions d'attaque pour 80 millions d'euros à trois pays "
    "africains.",
    "Le constructeur Embraer a vendu des avions de combat à trois pays africains pour 80 millions d'euros.",
])
def test_a_sale_to_buyers_left_unnamed_is_still_paid(text: str) -> None:
    assert _sums(text) == {Decimal(80_000_000)}


@pytest.mark.parametrize("text", [
    # a total of goods told by worth, a business result, a denied sale: no price of a sale
    "La France a vendu pour 27 milliards d'euros d'armes à de nombreux pays en 2022.",
    "Embraer a annoncé avoir vendu des avions à trois pays africains, pour un chiffre d'affaires de 80 millions "
    "d'euros.",
    "Embraer a démenti avoir vendu des avions d'attaque pour 80 millions d'euros à trois pays africains.",
])
def test_no_price_of_a_sale_to_unnamed_buyers(text: str) -> None:
    assert _sums(text) == set()


def test_a_code_after_a_truck_noun_is_a_system() -> None:
    text = "Oslo prévoit de céder une trentaine de camions à chenilles ZK280 à l'armée polonaise."
    assert "ZK280" in weapon_systems(text)


@pytest.mark.parametrize("text", [
    "L'armée polonaise a reçu des camions Zorvak.",  # a brand, no system
    "Un camion immatriculé AB123 a été retrouvé.",  # a registration
])
def test_no_system_after_a_truck_noun_but_a_code(text: str) -> None:
    assert not set(weapon_systems(text)) & {"Zorvak", "AB123"}
