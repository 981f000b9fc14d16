"""Capitalised words the NER reads as a person's that name a firm, a force, a place or a summit (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


def people(text: str) -> set[str]:
    found = analyse_text("Titre\n" + text)
    return {m.label for m in found.mentions.values() if m.cls == "Person"}


@pytest.mark.parametrize("sentence", [
    "Le contrat de radios a été confié à Karsa Elektrindo (Persero) et à un groupe européen.",
    "Le financement est assuré par un consortium mené par Harlan Bank et deux fonds.",
])
def test_a_bank_or_a_legal_form_makes_a_firm(sentence: str) -> None:
    assert not people(sentence)


def test_a_name_without_a_firm_end_stays_a_person() -> None:
    assert "Karsa Elektrindo" in people("Le contrat a été signé par Karsa Elektrindo, ministre de l'Industrie.")


@pytest.mark.parametrize("sentence", [
    "Le navire rejoindra la flotte de la National Coast Guard en juin.",
    "Les vedettes seront remises à la Royal Border Guard le mois prochain.",
])
def test_an_english_force_name_is_no_one(sentence: str) -> None:
    assert not people(sentence)


@pytest.mark.parametrize("sentence", [
    "Le ministre a été reçu sur la base aérienne Colonel Marco Dantas près de la capitale.",
    "Les soldats sont rentrés au camp militaire Général Tomas Ibarra après la manœuvre.",
])
def test_a_place_named_after_someone_is_no_person(sentence: str) -> None:
    assert not people(sentence)


def test_a_person_after_a_place_noun_and_a_comma_stays_one() -> None:
    assert "Marco Dantas" in people("Le ministre a visité la base aérienne, le colonel Marco Dantas l'accueillant.")


@pytest.mark.parametrize("sentence", [
    "Les délégations sont arrivées pour le sommet Afrique- France qui s'ouvre samedi.",
    "Les ministres préparent le forum Asie- Japon prévu en mai.",
])
def test_a_summit_named_by_states_and_regions_is_no_one(sentence: str) -> None:
    assert not people(sentence)
