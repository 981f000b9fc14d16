"""Talks shapes read on fresh pages in session 36: the place of an event given by a participle of holding that the
parser hangs on a complement of the event (« lors du sommet de l'UA organisé à Malabo », « un dîner de travail
organisé à Rome »); a stay whose date the parser makes the predicate (« X a été les 3 et 4 mai en visite au Y »);
a broker who brings about talks between others (« X organise une rencontre entre A et B »: no side); « X a ensuite
discuté avec Y », whose subject the parser calls passive. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.kinds import Modality
from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _found(text: str) -> list[tuple[set[str], set[str], Modality]]:
    found = analyse_text(f"Titre\n{text}", published=PUBLISHED)
    return sorted(({e.label for _, e in f.roles}, {e.label for p in f.parts for e in p.get("place")}, f.said.modality)
                  for f in found.facts if f.kind == "negotiation")


@pytest.mark.parametrize("text", [
    "Le président ghanéen s'est entretenu avec le président togolais lors du sommet de la CEDEAO organisé à Abuja.",
    "Le président ghanéen a rencontré le président togolais dans le cadre d'un dîner de travail organisé à Abuja.",
    "En marge du forum économique organisé à Abuja, le président ghanéen a rencontré son homologue togolais.",
])
def test_the_place_of_an_event_given_by_a_participle_of_holding(text: str) -> None:
    assert _found(text) == [({"Ghana", "Togo"}, {"Abuja"}, Modality.ASSERTED)]


@pytest.mark.parametrize("text", [
    "Le président ghanéen a été les 3 et 4 mai en visite officielle au Togo.",
    "Le président ghanéen était la semaine dernière en visite officielle au Togo.",
])
def test_a_stay_whose_date_the_parser_makes_the_predicate(text: str) -> None:
    assert _found(text) == [({"Ghana", "Togo"}, {"Togo"}, Modality.ASSERTED)]


@pytest.mark.parametrize("text", [
    "Le président ghanéen a été les 3 et 4 mai en vacances au Togo.",
    "Le président ghanéen était le 3 mai en visite dans une caserne d'Accra.",
])
def test_a_stay_that_is_no_visit_abroad(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "Le président kényan a organisé une rencontre entre le président éthiopien et le président érythréen.",
    "Le président kényan a arrangé mardi un entretien téléphonique entre le président éthiopien et le président "
    "érythréen.",
])
def test_a_broker_of_talks_between_others_is_no_side(text: str) -> None:
    assert _found(text) == [({"Érythrée", "Éthiopie"}, set(), Modality.ASSERTED)]


def test_one_who_organises_talks_with_another_is_a_side() -> None:
    assert _found("Le président kényan a organisé une rencontre avec le président éthiopien.") == [
        ({"Kenya", "Éthiopie"}, set(), Modality.ASSERTED)]


def test_talks_after_a_subject_the_parser_reads_as_passive() -> None:
    text = ("La présidente chilienne Ana Soto est arrivée samedi. Soto a ensuite discuté avec le président "
            "argentin Luis Pérez au palais.")
    assert _found(text) == [({"Argentine", "Chili"}, set(), Modality.ASSERTED)]


def test_a_deal_negotiated_keeps_no_side_of_its_subject() -> None:
    assert _found("Le contrat a été négocié pendant un an avec le Pérou par le Chili.") == [
        ({"Chili", "Pérou"}, set(), Modality.ASSERTED)]
