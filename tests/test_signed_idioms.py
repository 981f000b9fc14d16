"""« signer un (nouveau) succès », « signer une victoire »: « signer » that means to score is no deal signed; a
contract signed still is one. Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text


def _agreements(text: str) -> list[set[str]]:
    facts = analyse_text(f"Titre\n{text}", dt.date(2025, 6, 2)).facts
    return [{e.label for e in f.get("party")} for f in facts if f.kind == "agreement"]


@pytest.mark.parametrize("text", [
    "La France signe un succès diplomatique avec le Maroc.",
    "Le char sud-coréen signe une nouvelle victoire à l'export auprès de la Roumanie.",
])
def test_signing_a_success_is_no_agreement(text: str) -> None:
    assert _agreements(text) == []


def test_signing_a_contract_is_one() -> None:
    assert {"France", "Maroc"} in _agreements("La France a signé un contrat avec le Maroc.")
