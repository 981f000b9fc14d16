"""Talks and deals told around another clause (session 29): a meeting that frames the sentence (« Lors d'une
rencontre entre A et B, ils ont évoqué ... ») took place whatever its main verb considers; a match between two
national teams on a sports page is no talks, however the sport word is lemmatised; a state's military command named
with its state stands for it; the one met told after the city (« a rencontré à X Y ») or by a lone surname; a « ne
... que » or a « plus tard » negates nothing; a « si » clause conceded before a cleft states its fact; a summit
told beside a visit, held elsewhere, lends it neither its city nor its host. Sentences and names written for the
purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

CASES = [
    Case("frame-word-hung-alone", "Lors d'une rencontre mardi entre le ministre kényan de la défense Paul Otieno et "
         "son homologue ougandais John Mugisha, à Kampala, les deux hommes ont évoqué la question de la sécurité "
         "régionale.", "negotiation", {"participant": {"Kenya", "Ouganda"}}, venues={"Kampala"}),
    Case("frame-over-a-plan", "Lors d'une réunion à Lima, les ministres péruvien et chilien ont envisagé de "
         "renforcer leurs liens.", "negotiation", {"participant": {"Pérou", "Chili"}}, venues={"Lima"}),
    Case("command-of-a-state", "Le chef du Commandement Sud des États-Unis, John Smith, a rencontré à Bogota le "
         "président colombien.", "negotiation", {"participant": {"États-Unis", "Colombie"}}, venues={"Bogota"}),
    Case("restrictive-ne-que", "Ce n'est que deux ans plus tard que le Kenya a signé un accord de défense avec "
         "l'Ouganda.", "agreement", {"party": {"Kenya", "Ouganda"}}),
    Case("conceded-before-a-cleft", "Si la coopération militaire franco-allemande est régie par un mémorandum portant "
         "sur la création d'une commission mixte signé en France, le 3 mars 2001, ce n'est que dix ans plus tard "
         "qu'elle prend ainsi forme.", "agreement",
         {"party": {"France", "Allemagne"}}),
    Case("ne-plus-still-negates", "Le Kenya n'a plus signé d'accord de défense avec l'Ouganda depuis 2010.",
         "agreement", {"party": {"Kenya", "Ouganda"}}, "denied"),
    Case("condition-before-a-conditional", "Si le Kenya signait un accord de défense avec l'Ouganda, ce serait "
         "une surprise.", "agreement", {"party": {"Kenya", "Ouganda"}}, "possible"),
]


@pytest.mark.parametrize("case", params(CASES))
def test_framed(case: Case) -> None:
    check(case)


def _talks(text: str) -> list[set[str]]:
    found = analyse_text(f"Titre\n{text}", published=PUBLISHED)
    return [{e.label for e in f.get("participant")} for f in found.facts
            if f.kind == "negotiation" and f.modality.value in {"asserted", "reported"}]


@pytest.mark.parametrize("text", [
    "Les sélections du Kenya et du Ghana se sont rencontrées une première fois en finale en 1990.",
    "Le Ghana et le Kenya se sont rencontrés en finale à Accra, et le Ghana l'a emporté.",
])
def test_match_is_no_talks(text: str) -> None:
    assert _talks(text) == []


def test_officials_at_a_final_still_talk() -> None:
    talks = _talks("Le premier ministre kényan et le président ghanéen se sont rencontrés en marge de la finale "
                   "de football à Accra.")
    assert talks == [{"Kenya", "Ghana"}]


def test_surname_met_after_the_city() -> None:
    text = ("Le président colombien Pedro Gomez a demandé une aide étrangère.\n"
            "Le général américain John Smith a rencontré à Bogota Gomez et d'autres responsables.")
    facts = analyse_text(f"Titre\n{text}", published=PUBLISHED).facts
    talks = [f for f in facts if f.kind == "negotiation"]
    assert [{e.label for e in f.get("participant")} for f in talks] == [{"États-Unis", "Colombie"}]
    assert {e.label for f in talks for p in f.parts for e in p.get("place")} == {"Bogota"}


def test_summit_told_beside_a_visit_is_held_apart() -> None:
    text = ("Le 3 mai, le président chilien a effectué une visite de travail au Pérou, dans le prolongement de sa "
            "participation au sommet de l'APEC à Bangkok.")
    facts = analyse_text(f"Titre\n{text}", published=PUBLISHED).facts
    talks = [f for f in facts if f.kind == "negotiation"]
    assert [{e.label for e in f.get("participant")} for f in talks] == [{"Chili", "Pérou"}]
    assert {e.label for f in talks for p in f.parts for e in p.get("place")} == {"Pérou"}


def test_visit_to_a_summit_city_keeps_its_host() -> None:
    text = "Le président chilien effectue une visite au Pérou à l'occasion d'un sommet à Lima."
    facts = analyse_text(f"Titre\n{text}", published=PUBLISHED).facts
    talks = [f for f in facts if f.kind == "negotiation"]
    assert [{e.label for e in f.get("participant")} for f in talks] == [{"Chili", "Pérou"}]
    assert {e.label for f in talks for p in f.parts for e in p.get("place")} == {"Lima"}
