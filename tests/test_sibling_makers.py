"""Codes of one range are models of one maker: a code the article names with no maker takes the one its siblings
are given elsewhere (« 76 ZQ-100 et 92 ZQ-750 », « des ZQ-750 » in another sentence); a code of other letters
takes nothing, nor does a code whose siblings have different makers. Sentences written for these tests; the
systems' names are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text
from kg.records import Entity

PUBLISHED = dt.date(2025, 6, 2)
TOLD = "Le Ghana a attribué à Aselsan un contrat de production pour un premier lot du drone ZQ-100. "


def weapons(text: str) -> dict[str, Entity]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).mentions.values()
    return {e.label: e for e in found if e.cls == "WeaponSystem"}


@pytest.mark.parametrize("sentence", [
    "L'armée a commandé 76 ZQ-100 et 92 ZQ-750.",
    "L'armée a commandé des drones ZQ-100 et ZQ-750.",
    "L'armée a commandé des drones ZQ-100. La marine veut aussi des drones ZQ-750.",
])
def test_a_coordinated_sibling_code_takes_the_maker(sentence: str) -> None:
    assert any("aselsan" in m for m in weapons(TOLD + sentence)["ZQ-750"].makers)


@pytest.mark.parametrize(("sentence", "system"), [
    ("L'armée a commandé des drones ZQ-100 et KR-750.", "KR-750"),
    ("Le drone ZQ-200 est fabriqué par Baykar. L'armée a commandé des drones ZQ-100, ZQ-200 et ZQ-750.", "ZQ-750"),
])
def test_other_letters_or_siblings_of_different_makers_give_nothing(sentence: str, system: str) -> None:
    assert weapons(TOLD + sentence)[system].makers == ()
