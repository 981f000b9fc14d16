"""A firm's one-word name as a first name (sentences written for these tests): « les ambassadeurs du Pays, Prénom Nom
Nom, » set off by commas is a person's name whose first word a firm has, not the firm; a firm in a list of firms stays
a firm."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import post_states


def named(text: str) -> dict[str, str]:
    """Label -> class of the entities a text names."""
    return {e.label: e.cls for e in analyse_text("Titre\n" + text).mentions.values()}


@pytest.mark.parametrize(("text", "person", "state"), [
    ("Le roi a reçu les ambassadeurs du Pérou, Rafael Montoya Vidal, et de l'Autriche, Karl Weber.",
     "Rafael Montoya Vidal", "Pérou"),
    ("Le ministre de la Culture de l'Uruguay, Leonardo Ruiz Costa, a inauguré le musée.", "Leonardo Ruiz Costa",
     "Uruguay"),
])
def test_a_firms_word_opening_a_persons_name_is_a_first_name(text: str, person: str, state: str) -> None:
    assert named(text).get(person) == "Person"
    assert post_states(text).get(person) == state


@pytest.mark.parametrize("text", [
    "Le contrat a été signé avec Rafael, Elbit Systems et IAI.",
    "Les drones seront fournis par Leonardo, selon le ministère.",
])
def test_a_firm_alone_stays_a_firm(text: str) -> None:
    assert "Company" in named(text).values()
