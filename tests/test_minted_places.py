"""Talks held in a town or a site the reference data lacks: the place the NER reads after « à » becomes a minted
city, a place of the talks and never a side of them. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

TOWNS = [
    Case("journey-then-meeting-known-city", "Le ministre chilien s'est rendu à Lima, où il a rencontré son "
         "homologue bolivien.", "negotiation", {"participant": {"Chili", "Bolivie"}}, venues={"Lima"}),
    Case("journey-then-meeting", "Le ministre chilien s'est rendu à Sintra, où il a rencontré son homologue "
         "péruvien.", "negotiation", {"participant": {"Chili", "Pérou"}}, venues={"Sintra"}),
    Case("talk-with-a-place", "Le président uruguayen a eu un entretien avec le président bolivien à Tozeur.",
         "negotiation", {"participant": {"Uruguay", "Bolivie"}}, venues={"Tozeur"}),
    Case("meeting-took-place", "La rencontre entre le président indien et son homologue japonais a eu lieu à "
         "Sintra.", "negotiation", {"participant": {"Inde", "Japon"}}, venues={"Sintra"}),
    Case("talks-resumed-in", "Les pourparlers entre le Chili et le Pérou ont repris à Tozeur.", "negotiation",
         {"participant": {"Chili", "Pérou"}}, venues={"Tozeur"}),
    Case("pointed-back-with-y", "Le ministre chilien de la Défense était jeudi à Sintra.\nIl y a rencontré le "
         "ministre péruvien de la Défense.", "negotiation", {"participant": {"Chili", "Pérou"}},
         venues={"Sintra"}),
    Case("pointed-back-to-a-third-state", "Le ministre chilien et le ministre péruvien assistaient à un forum à "
         "Genève.\nLe ministre chilien y a rencontré son homologue péruvien.", "negotiation",
         {"participant": {"Chili", "Pérou"}}, venues={"Genève"}),
    Case("ceremony-then-received-there", "La visite du ministre indien a été marquée par une cérémonie dans une "
         "usine à Tozeur.\nLe président tunisien y a reçu son homologue indien.", "negotiation",
         {"participant": {"Inde", "Tunisie"}}, venues={"Tozeur"}),
    Case("event-named-by-its-town", "Le patron de la société Thales a assisté à l'édition 2024 du Zorvik Air "
         "Show.\nEn marge de cet événement, il s'est réuni avec le ministre chilien de la Défense.", "negotiation",
         {"participant": {"Chili", "Thales"}}, venues={"Zorvik"}),
    Case("forum-named-by-its-town", "Le ministre indien a participé au Zorvik Defence Forum.\nÀ l'occasion de ce "
         "forum, il a rencontré son homologue chilien.", "negotiation", {"participant": {"Chili", "Inde"}},
         venues={"Zorvik"}),
    Case("being-somewhere-before-the-talks", "Le ministre chilien de la Défense est à Lima depuis lundi.\nIl a "
         "rencontré le président péruvien.", "negotiation", {"participant": {"Chili", "Pérou"}}, venues={"Lima"}),
]


@pytest.mark.parametrize("case", params(TOWNS))
def test_talks_in_a_town_the_data_lacks(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    "Le ministre chilien a rencontré son homologue péruvien au Kurdistan.",  # « au »: a region or a state
    "Le ministre chilien a rencontré son homologue péruvien en Afrique.",  # a continent: no region of one state
    "Le ministre chilien a rencontré son homologue péruvien en Asie centrale.",
    "Le ministre chilien a rencontré son homologue péruvien sur les bords de la mer Noire.",
])
def test_no_place_minted_for_a_region_after_au_a_continent_or_a_sea(sentence: str) -> None:
    graph = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    assert not [e for e in graph.mentions.values() if e.cls == "City" and e.iri is None]


REGIONS = [
    Case("journey-to-a-region", "En mai, le ministre chilien s'est rendu en Bretagne pour rencontrer son homologue "
         "français.", "negotiation", {"participant": {"Chili", "France"}}, venues={"Bretagne"}),
    Case("meeting-in-a-region", "Le président sénégalais a rencontré son homologue français en Provence.",
         "negotiation", {"participant": {"Sénégal", "France"}}, venues={"Provence"}),
    Case("journey-then-talks-in-a-region", "Le ministre japonais s'est rendu en Bavière pour des entretiens avec "
         "son homologue allemand.", "negotiation", {"participant": {"Japon", "Allemagne"}}, venues={"Bavière"}),
]


@pytest.mark.parametrize("case", params(REGIONS))
def test_talks_in_a_region_told_after_en(case: Case) -> None:
    check(case)


def test_no_venue_carried_without_pointing_back() -> None:
    """A town of unknown state, told before talks that do not point back to it, is not their venue."""
    for told in ("Le ministre chilien était jeudi à Sintra.\nIl a rencontré le ministre péruvien.",
                 "Le ministre chilien était jeudi à Quito.\nIl a rencontré le ministre péruvien."):
        graph = analyse_text(f"Titre\n{told}", published=PUBLISHED)
        talks = [f for f in graph.facts if f.kind == "negotiation"]
        assert talks and all(not f.parts for f in talks)


def test_a_minted_town_is_no_side() -> None:
    graph = analyse_text("Titre\nLe ministre chilien a rencontré à Tozeur le président bolivien.",
                         published=PUBLISHED)
    talks = [f for f in graph.facts if f.kind == "negotiation"]
    assert talks and all("Tozeur" not in {e.label for e in f.get("participant")} for f in talks)
