"""Officers named by rank and surname only (sentences written for these tests): « du général X, commandant la
force », « du colonel de Y, chef d'état-major » are people; a street or a barracks named after an officer is none."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


def named(text: str) -> dict[str, str]:
    """Label -> class of the entities a text names."""
    return {e.label: e.cls for e in analyse_text("Titre\n" + text).mentions.values()}


@pytest.mark.parametrize(("text", "person"), [
    ("La remise s'est faite en présence du général Barraqué, commandant la force, et du colonel de Kerlann, chef "
     "d'état-major de la brigade.", "Barraqué"),
    ("La remise s'est faite en présence du général Barraqué, commandant la force, et du colonel de Kerlann, chef "
     "d'état-major de la brigade.", "de Kerlann"),
    ("Le ministre a salué le major-général Otxoa, représentant la mission, à son arrivée.", "Otxoa"),
])
def test_a_lone_surname_after_a_rank_before_a_post_is_a_name(text: str, person: str) -> None:
    assert named(text).get(person) == "Person"


@pytest.mark.parametrize(("text", "name"), [
    ("Le convoi a pris l'avenue du général Leclerc, puis la rue de la Paix.", "Leclerc"),
    ("Le ministre a visité la caserne du colonel Marbot, située au centre-ville.", "Marbot"),
])
def test_a_street_or_barracks_after_a_rank_is_no_person(text: str, name: str) -> None:
    assert named(text).get(name) != "Person"


@pytest.mark.parametrize(("text", "person"), [
    ("Les instructeurs servent sous le commandement du général Barraqué.", "Barraqué"),
    ("Le bataillon a été placé sous les ordres du colonel Kerlann.", "Kerlann"),
])
def test_a_lone_surname_ending_a_command_after_a_rank_is_a_name(text: str, person: str) -> None:
    assert named(text).get(person) == "Person"


def test_a_firm_after_a_rank_under_a_command_is_no_person() -> None:
    assert named("L'usine passe sous le contrôle du général Motors.").get("Motors") != "Person"
