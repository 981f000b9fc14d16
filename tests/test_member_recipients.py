"""Supplies whose sides the parse hides: « aux pays de <organisation> » (the organisation receives), a relative
clause whose maker subject the parser takes for a complement (« le blindé qu'<maker> a fourni »), and a firm's
name the NER cuts in two at a word that also names a body (« le chantier X Marine »). Sentences and names written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import makers
from kg.extract.mentions import Mention
from kg.nlp import model
from kg.pipeline import analyse_text
from kg.records import Entity, Fact

FACTUAL = {"asserted", "reported"}


def _supplies(text: str) -> list[tuple[set[str], set[str]]]:
    facts: list[Fact] = analyse_text(f"Titre\n{text}", dt.date(2025, 6, 2)).facts
    return [({s.key for s in f.get("supporter")}, {r.key for r in f.get("recipient")}) for f in facts
            if f.kind == "support" and f.modality.value in FACTUAL]


def _receives(text: str, recipient: str) -> bool:
    return any(any(recipient in r for r in taken) for _, taken in _supplies(text))


@pytest.mark.parametrize("text", [
    "Thales a déjà fourni des radars aux pays de la CEDEAO.",
    "L'Italie a livré des patrouilleurs aux États membres de la CEDEAO.",
])
def test_the_members_of_an_organisation_receive_for_it(text: str) -> None:
    assert _receives(text, "ecowas"), _supplies(text)


@pytest.mark.parametrize("text", [
    "Thales a livré des radars aux pays voisins de la CEDEAO.",  # neighbours are no members
    "Thales a livré des radars aux pays proches de la CEDEAO.",
])
def test_states_near_an_organisation_are_not_it(text: str) -> None:
    assert not _receives(text, "ecowas"), _supplies(text)


def test_a_maker_in_a_relative_clause_after_elision_supplies() -> None:
    text = "Il repose sur le châssis du radar, système qu'Elbit Systems a déjà fourni au Kenya."
    assert any("ISR" in "".join(given) for given, taken in _supplies(text)
               if any("KEN" in r for r in taken)), _supplies(text)


def test_a_firm_name_cut_by_the_ner_at_a_body_word_is_one_firm() -> None:
    doc = model()("Le contrat a été signé avec le chantier français Kervalo Marine.")
    at = next(t.i for t in doc if t.text == "Kervalo")
    cut = [Mention(at, at + 1, Entity("org:Kervalo", "Kervalo", "Organisation"), "ner-org"),
           Mention(at + 1, at + 2, Entity("org:Marine", "Marine", "Organisation"), "ner-org")]
    firms = makers._unknown_firms(doc, cut)
    assert [(f.start, f.end, f.entity.cls) for f in firms] == [(at, at + 2, "Company")]


def test_a_trade_noun_does_not_swallow_a_known_name_after_the_firm() -> None:
    doc = model()("Le contrat a été signé avec le chantier Kervalo Marine.")
    at = next(t.i for t in doc if t.text == "Kervalo")
    known = [Mention(at + 1, at + 2, Entity("body:navy", "Marine", "GovernmentBody"), "body")]
    firms = makers._unknown_firms(doc, known)
    assert [(f.start, f.end) for f in firms] == [(at, at + 1)]
