"""Who holds a post and of which state, where the sentence names none (sentences written for these tests): a known
person's full name is one person; a firm's word opens a name after a long title; a headline about hardware tells no
side; titles joined by « et » are one side."""

from __future__ import annotations

import pytest

from kg import gazetteer as gz
from kg.extract.namesakes import namesake_spans
from kg.nlp import model
from kg.pipeline import reference_index
from tests.conftest import posts, posts_told


def test_a_known_full_name_is_not_split_after_its_first_word() -> None:
    doc = model()("Kim Jong Soo et Ana Quispe ont salué un tournant.")
    known = "https://example.org/person-a"
    candidates = [(0, 1, gz.PERSON, known), (0, 3, gz.PERSON, known), (0, 3, "ner-person", None)]
    assert namesake_spans(doc, reference_index().gaz, candidates) == set()
    assert (1, 3, "ner-person", None) not in candidates


def test_a_known_first_word_before_other_names_is_still_another_person() -> None:
    doc = model()("Kim Jong Soo et Ana Quispe ont salué un tournant.")
    candidates = [(0, 1, gz.PERSON, "https://example.org/person-a"), (0, 3, "ner-person", None)]
    assert namesake_spans(doc, reference_index().gaz, candidates) == {(1, 3)}


def test_a_firm_word_opens_a_name_after_a_long_title() -> None:
    assert posts("Le pétrole restera au pays, a dit le ministre de l'énergie vénézuélien, Rafael Ortiz.") == {
        ("Rafael Ortiz", "minister-of-energy", "Venezuela")}


def test_a_firm_word_after_a_firm_noun_stays_the_firm() -> None:
    assert not posts("Le contrat a été signé avec le groupe, Rafael Systems, pour des missiles.")


_TWO_STATES = "\nLe ministre de la Défense, Jan Kowal, a salué les essais. La Thaïlande et la Chine coopèrent. " \
              "La Chine et la Thaïlande ont signé."


def test_a_headline_about_hardware_gives_no_side() -> None:
    found = posts_told("Les sous-marins chinois ne sont pas prêts" + _TWO_STATES, headline=None)
    assert [(p.holder, p.org) for p in found] == [("Jan Kowal", None)]


def test_a_headline_about_a_state_gives_its_side() -> None:
    found = posts_told("La Chine n'est pas prête à livrer" + _TWO_STATES, headline=None)
    assert [(p.holder, p.org) for p in found] == [("Jan Kowal", "Chine")]


_VISIT = "Washington accueille Lima. Le ministre américain de la Défense, Tim Harlow, a reçu ses hôtes au Pentagone. "
_PAIRS = " Les États-Unis et le Pérou coopèrent. Le Pérou et les États-Unis parlent de la Chine. " \
         "Les États-Unis, le Pérou."


@pytest.mark.parametrize("text", [
    pytest.param(_VISIT + "Le ministre des Affaires étrangères, Luis Soto, et le ministre de la Défense Juan Quispe "
                 "étaient présents à la réunion." + _PAIRS, id="name-in-apposition"),
    pytest.param(_VISIT + "Le ministre des Affaires étrangères Luis Soto et le ministre de la Défense Juan Quispe "
                 "étaient présents à la réunion." + _PAIRS, id="name-after"),
])
def test_titles_joined_by_and_are_one_side(text: str) -> None:
    found = posts(text)
    assert ("Luis Soto", "minister-of-foreign-affairs", "Pérou") in found
    assert ("Juan Quispe", "minister-of-defence", "Pérou") in found


def test_a_title_alone_keeps_the_story_side() -> None:
    found = posts(_VISIT + "Le ministre des Affaires étrangères, Luis Soto, était présent à la réunion." + _PAIRS)
    assert ("Luis Soto", "minister-of-foreign-affairs", "États-Unis") in found
