"""Receptions the parse hides: a demonym after a title the parser reads as a name (« par le président émirati »),
and a fronted participle of receiving whose « par » agent the parser hangs on the place before it (« Reçu lundi à X
par Y, Z a évoqué ... »), told as done though the main verb only evokes. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

CASES = [
    Case("passive-received-by-emirati-title", "Le ministre tunisien de l'Intérieur a été reçu jeudi à Doha par "
         "le président émirati.", "negotiation", {"participant": {"Tunisie", "Émirats arabes unis"}},
         venues={"Doha"}),
    Case("passive-received-by-emirati-title-no-place", "Le chef d'état-major sénégalais a été reçu par le "
         "président émirati.", "negotiation", {"participant": {"Sénégal", "Émirats arabes unis"}}),
    Case("fronted-received-agent-after-place", "Reçu vendredi à Lisbonne par le Premier ministre portugais, le "
         "ministre ghanéen a évoqué les échanges commerciaux.", "negotiation",
         {"participant": {"Portugal", "Ghana"}}, venues={"Lisbonne"}),
    Case("fronted-received-named-agent-after-place", "Reçue jeudi à Vienne par Karl Brunner, chancelier "
         "autrichien, la présidente slovène a évoqué la sécurité régionale.", "negotiation",
         {"participant": {"Autriche", "Slovénie"}}, venues={"Vienne"}),
]


@pytest.mark.parametrize("case", params(CASES))
def test_hidden_receptions_are_talks(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    "Le président émirati a inauguré jeudi un nouveau port.",  # a demonym read as an adjective meets no one
    "Reçu jeudi à Lisbonne par la poste, le colis a été ouvert.",  # no official received
])
def test_no_hidden_reception(sentence: str) -> None:
    graph = analyse_text(sentence, published=PUBLISHED)
    assert not [f for f in graph.facts if f.kind == "negotiation"]
