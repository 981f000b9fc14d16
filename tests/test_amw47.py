"""Names and sums as newsrooms write them (sentences written for these tests): a state's name of several hyphened
words written with a space for any of them (« Papouasie-Nouvelle Guinée »), other spellings of a state's name
(« Surinam », « Bengladesh »)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text

STATE = "https://w3id.org/kg-news/id/state-"


def states(text: str) -> set[str]:
    """The alpha-3 codes of the states a text names."""
    found = analyse_text("Titre\n" + text)
    return {e.iri.removeprefix(STATE) for e in found.mentions.values() if e.iri and e.iri.startswith(STATE)}


@pytest.mark.parametrize("text", [
    "Le ministre de Papouasie-Nouvelle Guinée a reçu deux patrouilleurs à Port Moresby.",
    "Le ministre de Papouasie Nouvelle-Guinée a reçu deux patrouilleurs à Port Moresby.",
    "Le ministre de Papouasie Nouvelle Guinée a reçu deux patrouilleurs à Port Moresby.",
])
def test_a_state_name_of_several_hyphened_words_spaced_anywhere_names_the_state(text: str) -> None:
    found = states(text)
    assert "PNG" in found
    assert "GIN" not in found


def test_a_lone_state_name_in_a_spaced_one_is_still_its_own_state() -> None:
    assert states("La Guinée a signé un accord avec le Mali à Conakry.") >= {"GIN", "MLI"}


@pytest.mark.parametrize(("text", "state"), [
    ("Le Surinam a acheté deux patrouilleurs au Brésil.", "SUR"),
    ("La marine du Bengladesh a reçu deux frégates chinoises.", "BGD"),
])
def test_other_spellings_of_a_state_name_name_the_state(text: str, state: str) -> None:
    assert state in states(text)
