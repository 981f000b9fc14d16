"""Posts in bodies the title names by a proper name alone (sentences written for these tests): an armed force the
article names elsewhere with its state, an armed group the reference data does not know, and a body whose head a
verb names in the passive or in a relative clause."""

from __future__ import annotations

import pytest

from kg.extract.force_states import force_state
from kg.gazetteer import load
from tests.test_posts import posts


def test_a_force_named_without_its_demonym_serves_the_state_told_elsewhere() -> None:
    """« chef d'état-major général des Forces Armées Nationales » serves the state of « la Force Armée Nationale
    tchadienne », not a state the sentence names as a place (« les unités envoyées au Niger »)."""
    text = ("Le Canada forme la Force Armée Nationale tchadienne. Le Canada et le Tchad coopèrent depuis 2015, "
            "le Canada aide le Tchad. Le colonel canadien Marc Leduc a remis des gilets pour les unités envoyées "
            "au Niger au chef d'état-major général des Forces Armées Nationales, le général Idriss Mahamat.")
    found = {org for holder, _post, org in posts(text) if holder == "Idriss Mahamat"}
    assert "Tchad" in found and not found & {"Niger", "Canada"}


@pytest.mark.parametrize(("text", "state"), [
    ("La Gendarmerie Nationale togolaise recrute.", "state-TGO"),
    ("Les Forces de Défense du Niger défilent.", "state-NER"),
    ("Les Forces de Défense défilent. Le Niger et le Togo aussi.", None),
])
def test_the_state_a_text_gives_a_force(text: str, state: str | None) -> None:
    found = force_state(text, ["forces", "de", "defense"] if "Défense" in text else ["gendarmerie", "nationale"],
                        load())
    assert (found or "").rsplit("/", 1)[-1] == (state or "")


@pytest.mark.parametrize(("text", "org"), [
    ("Les combats reprennent alors que le porte-parole des Brigades Saraya al-Nasr, Hadi al-Amiri, a annoncé une "
     "trêve.", "Brigades Saraya al-Nasr"),
    ("Le chef du Mouvement des Patriotes Unis, Omar Haddad, a démenti toute attaque.", "Mouvement des Patriotes Unis"),
])
def test_a_group_the_data_does_not_know_is_the_post_s_body(text: str, org: str) -> None:
    assert any(found == org for _holder, _post, found in posts(text))


def test_a_lowercase_unit_is_no_group() -> None:
    assert all(org is None for _holder, _post, org in posts(
        "Le commandant de la brigade, Paul Kaboré, est arrivé hier soir."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Le groupe Safran est dirigé par l'homme d'affaires Marcel Okafor.", ("Marcel Okafor", "leader", "Safran")),
    ("Le constructeur Thales est dirigé par le très discret industriel Paul Mensah.",
     ("Paul Mensah", "leader", "Thales")),
    ("Lucie Arnaud, qui dirige Thales, a signé le contrat.", ("Lucie Arnaud", "leader", "Thales")),
])
def test_a_head_given_by_a_passive_or_a_relative_clause(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in posts(text)


def test_the_name_of_another_noun_after_the_agent_is_not_the_head() -> None:
    """« dirigé par le fils du fondateur X »: X is the founder, not the head."""
    found = posts("Le groupe Safran est dirigé par le fils du fondateur Henri Dupuis.")
    assert not any(holder == "Henri Dupuis" and post == "leader" for holder, post, _org in found)
