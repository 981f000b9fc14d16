"""Weapon systems, states, firms and sums as newsrooms name them (sentences written for these tests): a system the
reference data once folded into a kin system keeps its own name; a full type noun picks one of two namesakes; a name
joined over a count in brackets shares the noun; a demonym in a set phrase names no state; a name ending on a firm's
word in Portuguese is a firm; a bare sum added with « ainsi que » takes the currency before it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kg.extract.money import find_amounts
from kg.pipeline import analyse_text
from tests.conftest import state_codes, weapon_systems

PUBLISHED = dt.date(2025, 6, 2)


@pytest.mark.parametrize(("sentence", "system", "not_system"), [
    ("La frégate recevra le Sea Ceptor, un missile surface-air à courte portée.", "Sea Ceptor", "CAMM"),
    ("L'armée britannique déploie des batteries de missiles CAMM en Pologne.", "CAMM", "Sea Ceptor"),
    ("Tokyo propose à Canberra des sous-marins de la classe Soryu.", "classe Soryu", "classe Taigei"),
    ("La marine japonaise a mis en service un nouveau sous-marin de la classe Taigei.", "classe Taigei",
     "classe Soryu"),
    ("Washington a cédé six hélicoptères Huey II à l'armée de l'air.", "Huey II", "UH-1 Iroquois"),
    ("Washington a cédé six hélicoptères UH-1 à l'armée de l'air.", "UH-1 Iroquois", "Huey II"),
])
def test_a_kin_system_keeps_its_own_name(sentence: str, system: str, not_system: str) -> None:
    found = weapon_systems(sentence, PUBLISHED)
    assert system in found
    assert not_system not in found


@pytest.mark.parametrize(("sentence", "system", "not_system"), [
    # the full type noun picks one of two vehicles named alike (an infantry fighting vehicle, a troop carrier)
    ("Le Bundestag a financé de nouveaux véhicules de combat d'infanterie Puma.", "VCI Puma", "Puma"),
])
def test_a_full_type_noun_picks_a_namesake(sentence: str, system: str, not_system: str) -> None:
    found = weapon_systems(sentence, PUBLISHED)
    assert system in found
    assert not_system not in found


def test_a_noun_shared_by_both_namesakes_picks_neither() -> None:
    assert "VCI Puma" not in weapon_systems("L'armée a aligné des véhicules blindés Puma.", PUBLISHED)


@pytest.mark.parametrize(("sentence", "systems"), [
    ("Bruxelles a commandé des blindés Griffon (120) et Jaguar (30) à la France.", {"VBMR Griffon", "EBRC Jaguar"}),
    ("Bruxelles a commandé des blindés Griffon et Jaguar à la France.", {"VBMR Griffon", "EBRC Jaguar"}),
])
def test_a_name_joined_over_a_count_in_brackets_shares_the_noun(sentence: str, systems: set[str]) -> None:
    assert systems <= set(weapon_systems(sentence, PUBLISHED))


def test_a_name_joined_over_a_count_needs_a_noun_before() -> None:
    # no weapon noun before the first: the second name is nobody's system
    assert "EBRC Jaguar" not in weapon_systems("Le club a recruté Martin (24) et Jaguar (19) cet été.", PUBLISHED)


@pytest.mark.parametrize(("sentence", "system"), [
    ("La marine a désarmé ses deux derniers BATRAL l'an dernier.", "BATRAL"),  # a light landing ship's class
    ("L'ambassade a remis douze pick-up Toyota Hilux à la gendarmerie.", "Toyota Hilux"),
])
def test_a_landing_ship_and_a_pickup_are_systems(sentence: str, system: str) -> None:
    assert system in weapon_systems(sentence, PUBLISHED)


def test_a_pickup_maker_alone_names_no_system() -> None:
    assert not weapon_systems("Le constructeur Toyota a ouvert une usine près de la capitale.", PUBLISHED)


@pytest.mark.parametrize("text", [
    "Le projet de nouveau ravitailleur semble renvoyé aux calendes grecques.",
    "Pour l'état-major, ce choix budgétaire tient de la roulette russe.",
])
def test_a_demonym_in_a_set_phrase_names_no_state(text: str) -> None:
    assert not state_codes(text)


@pytest.mark.parametrize(("text", "state"), [
    ("Les garde-côtes grecs ont intercepté un navire.", "GRC"),
    ("La flotte russe a mené des manœuvres en mer Baltique.", "RUS"),
])
def test_a_demonym_outside_a_set_phrase_names_its_state(text: str, state: str) -> None:
    assert state in state_codes(text)


def test_a_name_ending_on_engineering_in_portuguese_is_a_firm_no_person() -> None:
    found = analyse_text("Titre\nLe chantier a retenu Pereira Engenharia pour les travaux du quai.").mentions.values()
    assert not [e for e in found if e.cls == "Person"]


def test_a_name_ending_on_another_word_stays_a_person() -> None:
    found = analyse_text("Titre\nLe ministre a reçu Paulo Pereira, directeur du chantier naval.").mentions.values()
    assert [e for e in found if e.cls == "Person"]


def test_a_bare_sum_added_with_ainsi_que_takes_the_currency_before() -> None:
    text = ("Tokyo a consenti un prêt de 200 millions de dollars pour que Manille achète six patrouilleurs, "
            "ainsi que 300 millions pour des radars côtiers.")
    assert [(a.amount.value, a.amount.currency) for a in find_amounts(text)] == [
        (Decimal(200_000_000), "USD"), (Decimal(300_000_000), "USD")]


@pytest.mark.parametrize("text", [
    "Le pays a reçu 20 millions de dollars d'aide ainsi que 3 millions de doses de vaccin.",  # a count, no sum
    "Le pays a reçu 20 millions de dollars d'aide. Il compte ainsi que 3 millions pour la santé.",  # next sentence
])
def test_a_number_after_ainsi_que_that_is_no_added_sum(text: str) -> None:
    assert len(find_amounts(text)) == 1
