"""A demonym on the noun of a state's servant before a name (« l'officier canadien X ») gives its state to the post in
apposition to the name; « le pays » after a title names the state just named again (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import post_states


@pytest.mark.parametrize("text", [
    "Étaient présents l'officier canadien Paul Martin, commandant adjoint de la 3e division, et le ministre polonais "
    "de la Défense Jan Nowak.",
    "L'officier canadien Paul Martin, commandant adjoint de la 3e division, a salué l'accord avec la Pologne.",
])
def test_a_servant_s_demonym_gives_the_post_in_apposition_its_state(text: str) -> None:
    assert post_states(text)["Paul Martin"] == "Canada"


def test_a_demonym_on_another_noun_gives_no_state() -> None:
    """« l'allié canadien » is no servant's noun: the post keeps no state from it."""
    found = post_states("Étaient présents l'allié canadien Paul Martin, commandant adjoint de la 3e division.")
    assert found.get("Paul Martin") != "Canada"


@pytest.mark.parametrize("text", [
    "Les deux dirigeants se sont rendus au centre du Kirghizistan, où se trouve le mausolée du premier président du "
    "pays, Ivan Petrov.",
    "Le Kirghizistan a rendu hommage au président du pays, Ivan Petrov.",
])
def test_a_title_of_the_country_named_again_is_the_post_of_that_state(text: str) -> None:
    """« le premier président du pays, X »: « le pays » names the state just named; the post is its president."""
    found = analyse_text("Titre\n" + text)
    assert [(dict(f.attrs)["post"].rpartition("/")[2], f.first("org").label if f.first("org") else None)
            for f in found.facts if f.kind == "post"] == [("role-president", "Kirghizstan")]


def test_the_country_with_an_adjective_is_another_state() -> None:
    """« le président du pays voisin »: not the state just named."""
    found = analyse_text("Titre\nLe Kirghizistan a reçu le président du pays voisin, Ivan Petrov.")
    assert all(f.first("org") is None for f in found.facts if f.kind == "post")
