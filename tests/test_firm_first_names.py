"""A firm's one-word name as a first name (sentences written for these tests): « les ambassadeurs du Pays, Prénom Nom
Nom, » set off by commas is a person's name whose first word a firm has, not the firm; a firm in a list of firms stays
a firm."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import negotiation_sides, post_states


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


@pytest.mark.parametrize(("text", "person", "firm"), [
    ("Le traité a été signé par le président paraguayen, Rafael Benitez, et son homologue bolivien.",
     "Rafael Benitez", "Rafael"),
    ("« Nous avançons ensemble », a déclaré Leonardo Altamirano devant la presse.", "Leonardo Altamirano",
     "Leonardo"),
])
def test_a_firms_word_before_a_surname_after_a_title_or_a_verb_of_saying_is_a_first_name(
        text: str, person: str, firm: str) -> None:
    found = named(text)
    assert found.get(person) == "Person"
    assert firm not in found


def test_a_title_holder_named_with_a_firms_word_is_a_side_of_talks_not_the_firm() -> None:
    text = "Les accords ont été négociés lors d'une rencontre entre le président paraguayen, Rafael Benitez, " \
        "et le président bolivien Luis Arce à Asuncion."
    assert negotiation_sides("Titre\n" + text) == [{"Paraguay", "Bolivie"}]


@pytest.mark.parametrize("text", [
    "Le ministère a choisi Leonardo Helicopters pour la maintenance des appareils.",
    "Les industriels européens, Leonardo Helicopters en tête, ont protesté contre la décision.",
    "Le contrat a été attribué à Rafael Advanced Defense Systems, selon le ministère.",
])
def test_a_firms_name_of_two_words_stays_a_firm(text: str) -> None:
    assert not any(cls == "Person" for cls in named(text).values())


@pytest.mark.parametrize("text", [
    "Le contrat a été signé avec Rafael, Elbit Systems et IAI.",
    "Les drones seront fournis par Leonardo, selon le ministère.",
])
def test_a_firm_alone_stays_a_firm(text: str) -> None:
    assert "Company" in named(text).values()
