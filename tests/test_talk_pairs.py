"""Sides of talks and deals that the parse loses (issue 12, session 21): a pair of an official and « son
homologue X » as the subject, however the parser hangs the counterpart. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

PAIRS = [
    Case("official-of-an-army-and-counterpart-sign", "L'adjoint au chef d'état-major de la marine chilienne et son "
         "homologue péruvien ont signé un mémorandum.", "agreement", {"party": {"Chili", "Pérou"}}),
    Case("named-official-and-counterpart-sign-after-a-source", "D'après l'agence officielle, le vice-amiral Luis "
         "Soto, l'adjoint au chef d'état-major de la marine chilienne et son homologue péruvien ont signé un "
         "mémorandum.", "agreement", {"party": {"Chili", "Pérou"}}),
    Case("official-and-counterpart-may-sign", "Le commandant de la flotte chilienne et son homologue péruvien "
         "pourraient signer un mémorandum.", "agreement", {"party": {"Chili", "Pérou"}}, "possible"),
    Case("official-and-counterpart-talk", "L'adjoint au chef d'état-major de la marine chilienne et son homologue "
         "péruvien se sont entretenus à Lima.", "negotiation", {"participant": {"Chili", "Pérou"}},
         venues={"Lima"}),
]


@pytest.mark.parametrize("case", params(PAIRS))
def test_pairs(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    # a counterpart with no state named is no side
    "Le commandant de la flotte chilienne et son homologue ont signé un mémorandum.",
])
def test_no_pair_without_the_counterpart_s_state(sentence: str) -> None:
    found = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    assert not [f for f in found.facts if f.kind == "agreement" and len(f.get("party")) >= 2]
