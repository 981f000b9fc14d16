"""A programme told entrusted to a firm in passing (« X a décidé de rénover quatre corvettes, un programme ... confié
à Y »): a contract between the state and the firm; a programme given to a person, only possibly entrusted, or told
with no award, is none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import deals_told


@pytest.mark.parametrize("text", [
    "Le Pérou a décidé de rénover quatre corvettes, un programme estimé à 300 millions de dollars et confié en mars "
    "dernier à Thales.",
    "Le Pérou a lancé un programme de rénovation de quatre corvettes, confié à Thales.",
    "La rénovation des radars, confiée à Thales par le Pérou, a commencé.",
])
def test_a_programme_entrusted_to_a_firm_is_a_contract_with_it(text: str) -> None:
    assert frozenset({"Pérou", "Thales"}) in deals_told(text, facts_only=True)


@pytest.mark.parametrize("text", [
    "Le Pérou a présenté le programme de rénovation de ses corvettes, confié à son ministre de la Défense.",
    "Le Pérou envisage de rénover quatre corvettes, un programme qui pourrait être confié à Thales.",
    "Le Pérou a décidé de rénover quatre corvettes, un programme estimé à 300 millions de dollars.",
])
def test_a_programme_with_no_firm_entrusted_is_no_contract(text: str) -> None:
    assert not [d for d in deals_told(text, facts_only=True) if "Pérou" in d]
