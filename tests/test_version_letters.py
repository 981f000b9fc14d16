"""A name and its version's capitals after a hyphen are one system's name, mid-sentence or before the full stop that
ends the sentence (where the tokenizer keeps the hyphen with the letters); a hyphen set apart by a space is no
version's. Sentences written for these tests; the systems' names are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def systems(text: str) -> set[str]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).mentions.values()
    return {e.label for e in found if e.cls == "WeaponSystem"}


@pytest.mark.parametrize(("sentence", "name"), [
    ("La marine a commandé des corvettes KORVAN-B pour sa flotte.", "KORVAN-B"),
    ("La marine a commandé des corvettes KORVAN-B.", "KORVAN-B"),
    ("La marine a commandé des corvettes Korvan-NG.", "Korvan-NG"),
])
def test_a_version_after_a_hyphen_belongs_to_the_name(sentence: str, name: str) -> None:
    assert systems(sentence) == {name}


def test_a_spaced_hyphen_before_the_full_stop_is_no_version() -> None:
    assert systems("La marine a commandé des corvettes KORVAN -B.") == {"KORVAN"}
