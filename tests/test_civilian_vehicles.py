"""A civilian vehicle an army also fields (a pick-up truck, typed « civilian vehicle » in the reference data) is a
weapon system only in an article that says something military: a page about cars names no weapon and states no
military fact. Sentences written for these tests."""

from __future__ import annotations

from kg.pipeline import analyse_text
from tests.conftest import weapon_systems

_CAR_PAGE = ("Le constructeur présente au salon de l'automobile une nouvelle version du Toyota Hilux. Ce pick-up "
             "consomme moins et la Thaïlande en exportera davantage vers l'Australie cette année.")


def test_a_page_about_cars_names_no_weapon() -> None:
    assert "Toyota Hilux" not in weapon_systems(_CAR_PAGE)


def test_a_page_about_cars_states_no_military_fact() -> None:
    facts = analyse_text("Un pick-up plus sobre\n" + _CAR_PAGE).facts
    assert not [f for f in facts if f.kind in {"support", "agreement", "financing"}]


def test_a_pick_up_given_to_an_army_is_a_weapon_system() -> None:
    text = "Le Portugal a remis vingt Toyota Hilux à l'armée du Mali pour ses patrouilles dans le nord du pays."
    assert "Toyota Hilux" in weapon_systems(text)
    facts = analyse_text("Titre\n" + text).facts
    assert any(f.kind == "support" for f in facts)
