"""Surnames in capitals, as ministries' communiqués and some papers write them (sentences written for these
tests): parsed as names, while acronyms, model numbers and headlines in capitals stay as written."""

from __future__ import annotations

import pytest

from kg.nlp import plain
from kg.pipeline import analyse_text

ROLE = "https://w3id.org/kg-news/id/role-"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Mme Ingrid HALVORSEN a signé.", "Mme Ingrid Halvorsen a signé.", id="civility-given-name"),
    pytest.param("le ministre KIM a reçu", "le ministre Kim a reçu", id="title-short-surname"),
    pytest.param("l'ambassadeur WANG Lei a dit", "l'ambassadeur Wang Lei a dit", id="family-name-first"),
    pytest.param("Jean-Marc LE BIHAN, ministre", "Jean-Marc Le Bihan, ministre", id="two-word-surname"),
    pytest.param("le général Moussa KONATÉ", "le général Moussa Konaté", id="rank-accented"),
    pytest.param("M. N'DIAYE-SECK est venu", "M. N'Diaye-Seck est venu", id="apostrophe-hyphen"),
])
def test_surname_in_capitals_is_parsed_as_a_name(text: str, expected: str) -> None:
    assert plain(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("selon l'OTAN et l'ONU, la CEDEAO", id="acronyms"),
    pytest.param("Les OPV de la Marine et La DGA", id="acronym-after-article"),
    pytest.param("le roi Hassan II et Abdallah II", id="roman-numeral"),
    pytest.param("Les IRIS-T SLM et Martin LMT", id="model-and-ticker"),
    pytest.param("LA FRANCE ET LE JAPON SIGNENT UN ACCORD", id="headline-in-capitals"),
    pytest.param("le président RN de la région", id="title-before-acronym"),
])
def test_acronyms_and_capital_headlines_stay(text: str) -> None:
    assert plain(text) == text


def test_communique_names_people_and_posts_and_keeps_evidence_as_written() -> None:
    found = analyse_text("Titre\nLe 3 mars, Mme Ingrid HALVORSEN, ministre de la Défense de la Norvège, a reçu "
                         "à Oslo son homologue finlandais, M. Mikko AALTONEN.")
    people = {e.label for e in found.mentions.values() if e.cls == "Person"}
    assert {"Ingrid Halvorsen", "Mikko Aaltonen"} <= people
    post = next(f for f in found.facts if f.kind == "post" and f.first("holder").label == "Ingrid Halvorsen")
    assert (post.attr("post") or "").removeprefix(ROLE) == "minister-of-defence"
    assert "HALVORSEN" in post.evidence[0].sentence


@pytest.mark.parametrize("text", [
    pytest.param("Le ministre TANAKA a accueilli son homologue à Tokyo.", id="title"),
    pytest.param("Après avoir salué M. Tanaka, la ministre est repartie.", id="civility"),
    pytest.param("Le lendemain, le général Diarra a inspecté les troupes.", id="rank"),
])
def test_lone_surname_after_a_civility_or_title_is_a_person(text: str) -> None:
    people = {e.label for e in analyse_text("Titre\n" + text).mentions.values() if e.cls == "Person"}
    assert len(people) == 1


def test_lone_surname_without_a_title_stays_out() -> None:
    text = "Titre\nLes frégates Tanaka ont quitté le port, selon Sipri."
    assert {e.label for e in analyse_text(text).mentions.values() if e.cls == "Person"} == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("La présidente Malienne a parlé.", "La présidente malienne a parlé."),
    ("Son homologue Ivoirien a répondu.", "Son homologue ivoirien a répondu."),
    ("Le ministre Tchadien de la Défense a parlé.", "Le ministre tchadien de la Défense a parlé."),
])
def test_a_demonym_capitalised_after_an_official_noun_is_lowered(text: str, expected: str) -> None:
    """The official nouns of the lexicon (official-nouns.tsv, counterpart-nouns.tsv), masculine and feminine."""
    assert plain(text) == expected


@pytest.mark.parametrize("text", [
    "Le président Burkinabé Kaboré a parlé.",
    "Le ministre Martin a parlé.",
])
def test_a_name_after_an_official_noun_keeps_its_capital(text: str) -> None:
    """A capitalised word before a name, or one that is no demonym, stays as written."""
    assert plain(text) == text
