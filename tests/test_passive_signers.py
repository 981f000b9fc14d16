"""A deal signed in the passive by a list (« un accord a été signé mardi par A et B »): the parser hangs the second
name on the date or elsewhere, yet both are the deal's sides, as in the active « A et B ont signé ». Invented
sentences, written for these tests."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


def _parties(text: str) -> list[set[str]]:
    found = analyse_text("Titre\n" + text)
    return [{e.label for e in f.get("party")} for f in found.facts if f.kind == "agreement"]


@pytest.mark.parametrize(("text", "sides"), [
    ("Un accord de défense a été signé mercredi par le Kirghizistan et les États-Unis. Il prévoit la livraison de "
     "blindés à l'armée kirghize.", {"Kirghizstan", "États-Unis"}),
    ("Un accord de défense a été signé mardi par le Kazakhstan et la Corée du Sud. Il prévoit la livraison de "
     "blindés à l'armée kazakhe.", {"Kazakhstan", "Corée du Sud"}),
])
def test_both_agents_of_a_passive_signing_are_parties(text: str, sides: set[str]) -> None:
    assert sides in _parties(text)


def test_a_lone_passive_signer_makes_no_deal_with_the_next_clause() -> None:
    text = ("Un accord de défense a été signé mardi par le Kazakhstan, et la Corée du Sud a démenti toute vente "
            "de blindés.")
    assert not any({"Kazakhstan", "Corée du Sud"} <= p for p in _parties(text))
