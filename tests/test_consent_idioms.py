"""« donner son accord », « apporter leur accord »: a consent given is no deal between the one who gives it and
anyone; an accord signed still is one. Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text


def _agreements(text: str) -> list[set[str]]:
    facts = analyse_text(f"Titre\n{text}", dt.date(2025, 6, 2)).facts
    return [{e.label for e in f.get("party")} for f in facts if f.kind == "agreement"]


@pytest.mark.parametrize("text", [
    "Le Togo a donné son accord de principe à la France pour recevoir des véhicules blindés.",
    "Le Ghana et le Togo ont donné leur accord pour accueillir des instructeurs.",
    "Le Gabon et le Congo ont apporté leur accord à ce programme de formation.",
])
def test_a_consent_given_is_no_agreement(text: str) -> None:
    assert not any(len(parties) >= 2 for parties in _agreements(text))


def test_an_accord_signed_is_one() -> None:
    assert {"Togo", "France"} in _agreements("Le Togo a signé un accord de défense avec la France.")
