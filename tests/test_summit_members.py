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
    Case("members-of-an-organisation-attend-the-summit", "Participent au sommet de Doha les chefs d'État des "
         "pays membres du CCG.", "negotiation", {"participant": GULF}),
    Case("members-attend-beside-another-state", "Les souverains des pays membres du Conseil de coopération du "
         "Golfe participent jeudi au sommet, aux côtés du chef du gouvernement japonais.", "negotiation",
         {"participant": GULF | {"Japon"}}),
    Case("summit-of-the-member-states", "Le sommet des États membres du CCG s'est achevé dimanche à Manama.",
         "negotiation", {"participant": GULF}, venues={"Manama"}),
    Case("summit-gathers-the-members", "Le sommet extraordinaire a réuni mardi les membres du CCG à Djeddah.",
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
    "Les pays membres du CCG ont salué le sommet de Paris sur le climat.",
    "Les dirigeants des pays membres du CCG pourraient participer au sommet l'an prochain.",
    "Le ministre a rappelé au sommet le soutien des pays membres du CCG.",
])
def test_no_members_talks(sentence: str) -> None:
    graph = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    assert not [f for f in graph.facts if f.kind == "negotiation" and f.modality.value == "asserted"
                and len(f.get("participant")) > 2]
