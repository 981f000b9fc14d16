"""A lede that opens with a city's name and a dash (« Ville - Le pays X achètera ... »), in capitals or not: the
city is where the desk files from, no side of the supply the lede tells. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)


def supplies(text: str) -> set[tuple[str, str]]:
    found = analyse_text(text, PUBLISHED).facts
    return {(fold(s.label), fold(r.label)) for f in found if f.kind == "support"
            and f.modality.value in {"asserted", "reported"} for s in f.get("supporter") for r in f.get("recipient")}


def test_the_desk_city_buys_nothing() -> None:
    text = ("Des frégates pour la Grèce\n"
            "Washington \u2013 Athènes recevra en 2026 quatre frégates FDI du constructeur Naval Group, selon le "
            "ministre grec. Il a aussi confirmé son soutien militaire à l'Ukraine.")
    found = supplies(text)
    assert ("france", "grece") in found
    assert not {pair for pair in found if "etats unis" in pair}


def test_the_desk_city_leaves_the_subject_to_the_lede() -> None:
    text = "Livraison\nLe Caire \u2013 Athènes a livré deux frégates à l'Égypte."
    assert supplies(text) == {("grece", "egypte")}
