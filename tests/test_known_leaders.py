"""A leader the press names with no state (« X a reçu le ministre ... »): the reference data knows the state they
act for (ontology/reference/people.ttl), so the talks are between that state and the other side. Sentences written
for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import negotiation_sides
from tests.test_extractors import PUBLISHED


def talk_sides(text: str) -> list[set[str]]:
    return negotiation_sides(text, PUBLISHED)


@pytest.mark.parametrize("text, sides", [
    ("Macky Sall a reçu mardi le ministre ghanéen de la Défense pour parler de la sécurité maritime.",
     {"Sénégal", "Ghana"}),
    ("Le chef de la diplomatie portugaise a reçu lundi Ramtane Lamamra.", {"Portugal", "Algérie"}),
    ("Paul Biya a accordé une audience à l'ambassadeur de Corée du Sud.", {"Cameroun", "Corée du Sud"}),
    ("La ministre espagnole de la Défense a rencontré Mahamadou Issoufou au palais présidentiel.",
     {"Espagne", "Niger"}),
])
def test_a_leader_named_alone_acts_for_their_state(text: str, sides: set[str]) -> None:
    assert talk_sides(text) == [sides]


@pytest.mark.parametrize("text", [
    "Paul Biya a reçu jeudi le Premier ministre camerounais.",  # one state's officials among themselves
    "Macky Sall a salué la décision du gouvernement ghanéen.",  # no meeting
    "Jean Sall a reçu mardi le ministre ghanéen de la Défense.",  # another man of the same surname
])
def test_no_talks_of_a_leader_with_their_own_state_or_with_no_one(text: str) -> None:
    assert all(len(sides) < 2 or sides == {"Ghana"} for sides in talk_sides(text)) and \
        {"Sénégal", "Ghana"} not in talk_sides(text)


DRC, CONGO = "République démocratique du Congo", "République du Congo"


@pytest.mark.parametrize("text, sides", [
    # « congolais » names the Congo whose leader the article names
    ("En marge du sommet, le chef de l'État congolais a eu un entretien avec son homologue angolais. "
     "Denis Sassou Nguesso a ensuite regagné son pays.", {CONGO, "Angola"}),
    ("Le président gabonais a accueilli jeudi Denis Sassou Nguesso. Le président congolais a salué son hôte.",
     {CONGO, "Gabon"}),
    # the usual sense: the leader named is of the other Congo, or none is named
    ("En marge du sommet, le chef de l'État congolais a eu un entretien avec son homologue angolais. "
     "Félix Tshisekedi a ensuite regagné son pays.", {DRC, "Angola"}),
    ("En marge du sommet, le chef de l'État congolais a eu un entretien avec son homologue angolais.",
     {DRC, "Angola"}),
])
def test_a_shared_demonym_names_the_state_of_the_leader_named(text: str, sides: set[str]) -> None:
    assert talk_sides(text) == [sides]
