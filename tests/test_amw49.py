"""States, people and sums as newsrooms write them (sentences written for these tests): a demonym used as a noun
before a firm's name tells its nationality; a state's name right after a firm's is the firm's branch, not the
state."""

from __future__ import annotations

import pytest

from tests.conftest import state_codes


@pytest.mark.parametrize(("sentence", "code"), [
    ("La commande ira au groupe italien Fincantieri et à l'allemand Rheinmetall Defence.", "DEU"),
    ("Parmi les candidats figurent le chantier suédois Kockums et le français Naval Group.", "FRA"),
    # the tagger reads this « allemand » as a pronoun
    ("Il s'agit du groupe britannique BAE Systems, de l'allemand ThyssenKrupp Marine Systems (TKMS) et du "
     "gouvernement indien.", "DEU"),
])
def test_a_demonym_before_a_firm_names_its_state(sentence: str, code: str) -> None:
    assert code in state_codes(sentence)


def test_a_state_name_after_a_firm_is_its_branch() -> None:
    codes = state_codes("La modernisation des frégates péruviennes a été confiée à Lockheed Martin Canada.")
    assert "CAN" not in codes
    assert "PER" in codes


@pytest.mark.parametrize("sentence", [
    "Lockheed Martin livrera ses radars au Canada l'an prochain.",
    "Le Canada a choisi Lockheed Martin pour ses radars.",
])
def test_a_state_apart_from_a_firm_is_the_state(sentence: str) -> None:
    assert "CAN" in state_codes(sentence)
