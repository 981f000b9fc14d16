"""A summit of an organisation whose members the reference data gives (kg:memberState): talks between those
members, held where the sentence places the summit; no talks where the organisation is only named, and none asserted
where the summit is merely possible. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

GULF = {"Arabie saoudite", "Bahreïn", "Émirats arabes unis", "Koweït", "Oman", "Qatar"}

SUMMITS = [
    Case("summit-of-an-organisation-opened-in-a-city", "Le vingtième sommet du Conseil de coopération du Golfe "
         "s'est ouvert mardi à Mascate.", "negotiation", {"participant": GULF}, venues={"Mascate"}),
    Case("summit-of-an-organisation-by-its-acronym", "Les travaux du sommet du CCG ont commencé lundi à Koweït.",
         "negotiation", {"participant": GULF}),
]


@pytest.mark.parametrize("case", params(SUMMITS))
def test_summit_members(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    "Le ministre omanais a salué le rôle du Conseil de coopération du Golfe dans la région.",
    "Le secrétaire général du CCG a reçu des journalistes mercredi.",
    "Un sommet du CCG pourrait se tenir l'an prochain.",
    "Le sommet de l'Union africaine s'est ouvert dimanche à Addis-Abeba.",
])
def test_no_members_talks(sentence: str) -> None:
    graph = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    assert not [f for f in graph.facts if f.kind == "negotiation" and f.modality.value == "asserted"
                and len(f.get("participant")) > 2]
