"""More deals as the press tells them: designators spelt either way, a sale agreed between two states, a loan
for an army, a contract with a maker, several sums in one sentence. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)
FACTUAL = {"asserted", "reported"}


def found(text: str) -> object:
    return analyse_text(f"Titre\n{text}", PUBLISHED)


def facts(text: str, kind: str) -> list[Fact]:
    return [f for f in found(text).facts if f.kind == kind and f.modality.value in FACTUAL]


def weapons(text: str) -> set[str]:
    return {e.label for e in found(text).mentions.values() if e.cls == "WeaponSystem"}


def supplies(text: str) -> set[tuple[str, str]]:
    return {(fold(s.label), fold(r.label)) for f in facts(text, "support")
            for s in f.get("supporter") for r in f.get("recipient")}


def agreements(text: str) -> list[set[str]]:
    return [{fold(p.label) for p in f.get("party")} for f in facts(text, "agreement")]


def sums(text: str) -> set[tuple[int, str]]:
    return {(int(a.value), a.currency) for f in found(text).facts for a in f.amounts}


def test_a_designator_names_its_system_with_or_without_its_hyphen() -> None:
    assert weapons("La Norvège a reçu de nouveaux chars K-2 et des avions Su57.") == {"K2 Black Panther", "Su-57"}
