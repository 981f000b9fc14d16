"""Missiles qualified by where they are fired from and at (« air-air », « sol-air », « mer-mer »): the hyphenated
qualifier stays one word and breaks no supply told around it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg import nlp
from kg.pipeline import analyse_text
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)


def supplied(text: str) -> set[tuple[str, str, str]]:
    """(supplier, recipient, system) of each told supply, « - » without a system."""
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return {(fold(s.label), fold(r.label), w.label if (w := f.first("weapon")) else "-") for f in found
            if f.kind == "support" and f.modality.value in {"asserted", "reported"}
            for s in f.get("supporter") for r in f.get("recipient")}


@pytest.mark.parametrize("compound", ["air-air", "Sol-Air", "SURFACE-AIR", "mer-mer", "air-sol"])
def test_a_fire_domains_compound_is_one_word(compound: str) -> None:
    [doc] = nlp.parse([f"Le pays a commandé des missiles {compound} à son voisin."])
    assert compound in [t.text for t in doc]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le Chili va acheter des missiles air-air Meteor à la France.", ("france", "chili", "Meteor")),
    ("Le Pérou va acheter des missiles sol-air Mistral à la France.", ("france", "perou", "Mistral")),
    ("La Bulgarie a reçu des systèmes sol-air de l'Allemagne.", ("allemagne", "bulgarie", "-")),
])
def test_a_supply_of_missiles_with_a_fire_domains_compound(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in supplied(text)


@pytest.mark.parametrize("text", [
    "Les exercices de combat air-air se sont déroulés au-dessus de la Crète avec des pilotes italiens.",
    "Le colloque sur la défense sol-air a réuni des experts de la France et de l'Allemagne.",
])
def test_a_fire_domains_compound_alone_tells_no_supply(text: str) -> None:
    assert supplied(text) == set()
