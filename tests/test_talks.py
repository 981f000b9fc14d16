"""Talks as real news tells them: state visits, « autour de la même table », sides named by their delegation,
talks with one side left unsaid (issue 12). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

TALKS = [
    Case("visit-of-head-of-state", "La visite à Nairobi du président ghanéen a duré deux jours.", "negotiation",
         {"participant": {"Ghana", "Kenya"}}, venues={"Nairobi"}),
    Case("visit-to-a-city-that-is-no-capital", "La visite à Osaka du premier ministre indien s'est achevée mardi.",
         "negotiation", {"participant": {"Inde", "Japon"}}, venues={"Osaka"}),
    Case("visit-made-by", "Un accord naval était au menu de la visite effectuée à Jakarta par le ministre "
         "australien de la Défense.", "negotiation", {"participant": {"Australie", "Indonésie"}},
         venues={"Jakarta"}),
    Case("visit-possessive-and-meeting", "Le ministre norvégien des Affaires étrangères s'exprimait une semaine "
         "après sa visite à Varsovie, où il a rencontré le premier ministre polonais.", "negotiation",
         {"participant": {"Norvège", "Pologne"}}, venues={"Varsovie"}),
    Case("around-the-same-table", "Le Chili, la Bolivie et le Pérou sont autour de la même table à Lima pour "
         "régler leur différend.", "negotiation", {"participant": {"Chili", "Bolivie", "Pérou"}},
         venues={"Lima"}),
    Case("side-named-by-its-state", "Les émissaires qataris ont rencontré la délégation soudanaise et la partie "
         "tchadienne de Mahamat Ali Hassan.", "negotiation", {"participant": {"Qatar", "Soudan", "Tchad"}}),
    Case("one-side-is-the-speaker", "Des discussions très avancées ont lieu avec le Vietnam, a réagi une source "
         "gouvernementale sud-coréenne.", "negotiation", {"participant": {"Corée du Sud", "Vietnam"}},
         "reported"),
]


@pytest.mark.parametrize("case", params(TALKS))
def test_talks(case: Case) -> None:
    check(case)


def test_one_side_is_the_state_the_article_is_about() -> None:
    text = ("Titre\nLe Brésil a livré six avions Super Tucano au Paraguay.\n"
            "Des discussions sont également en cours avec l'Uruguay.")
    talks = [f for f in analyse_text(text, published=PUBLISHED).facts if f.kind == "negotiation"]
    assert [{e.label for e in f.get("participant")} for f in talks] == [{"Brésil", "Uruguay"}]


@pytest.mark.parametrize("sentence", [
    "Le Pérou a annoncé un don de vaccins en marge d'une visite à Quito du président péruvien.",  # a frame only
    "La visite à Lima du président péruvien a duré deux jours.",  # no host abroad
    "La table ronde sur le climat a eu lieu à Lyon.",  # a table nobody sits around
    "Le musée a reçu la visite de nombreux touristes à Madrid.",  # no visiting state
])
def test_no_talks(sentence: str) -> None:
    facts = analyse_text(f"Titre\n{sentence}", published=PUBLISHED).facts
    assert [f for f in facts if f.kind == "negotiation"] == []
