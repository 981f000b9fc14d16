"""A sum released for a purpose told in a clause (« débloque 500 millions pour reconstituer les stocks taïwanais de
missiles W »): the demonym of what the clause acts on names the beneficiary, and a weapon system named in it makes
the sum a military support. Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text


def _facts(text: str, kind: str) -> list[tuple[set[str], set[str], set[str]]]:
    facts = analyse_text(f"Titre\n{text}", dt.date(2025, 6, 2)).facts
    return [({e.label for e in f.get("supporter") + f.get("funder")}, {e.label for e in f.get("recipient")},
             {e.label for e in f.get("weapon")}) for f in facts
            if f.kind == kind and f.modality.value in {"asserted", "reported"}]


@pytest.mark.parametrize("text", [
    "Washington a débloqué 500 millions de dollars pour reconstituer les stocks taïwanais de missiles Stinger.",
    "Le Pentagone a annoncé le déblocage de 500 millions de dollars pour reconstituer les stocks taïwanais de "
    "missiles Stinger.",
])
def test_a_sum_for_a_state_s_stocks_of_a_system_supports_it(text: str) -> None:
    assert any("Taïwan" in taken and any("Stinger" in w for w in weapons)
               for _, taken, weapons in _facts(text, "support")), _facts(text, "support")
    assert any("Taïwan" in taken for _, taken, _ in _facts(text, "financing")), _facts(text, "financing")


def test_a_sum_for_civil_stocks_is_no_military_support() -> None:
    text = "Washington a débloqué 500 millions de dollars pour reconstituer les stocks taïwanais de céréales."
    assert _facts(text, "support") == []
    assert any("Taïwan" in taken for _, taken, _ in _facts(text, "financing")), _facts(text, "financing")


def test_a_demonym_of_a_weapon_in_the_purpose_names_no_beneficiary() -> None:
    text = "Varsovie a débloqué 300 millions d'euros pour remplacer ses blindés soviétiques BMP-1."
    assert not any("Union soviétique" in taken or "Russie" in taken for _, taken, _ in _facts(text, "support")), \
        _facts(text, "support")
