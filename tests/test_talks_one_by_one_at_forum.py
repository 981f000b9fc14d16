"""Talks told one by one at a forum (session 45): « Avec le ministre de A, X, les discussions ont porté sur ... »,
« Quant aux entretiens avec le ministre de B, Y, ils ... », « Z a exploré avec le ministre de C ... »: each is talks
of the official met with the side of the person the story follows; a summit those named are absent from is no talks
of theirs. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


_each = talks_each

_OPENING = ("Le ministre marocain des Affaires étrangères, Karim Bennani, a tenu des entretiens bilatéraux à Genève "
            "avec plusieurs de ses homologues, en marge d'une conférence. ")

FORUM = [
    (_OPENING + "Avec le ministre des Affaires étrangères du Ghana, Kofi Mensah, les discussions ont porté sur la "
     "coopération entre les deux pays.", _each(({"Maroc", "Ghana"}, {"Genève"}))),
    # the name the parser hangs on the verb, not beside the title, is still the official's
    (_OPENING + "Avec le ministre des Affaires étrangères de l'Éthiopie, Kofi Mensah, les discussions ont porté sur "
     "la coopération.", _each(({"Maroc", "Éthiopie"}, {"Genève"}))),
    (_OPENING + "Les échanges avec le ministre des Affaires étrangères du Togo, Jean Agbo, ont permis d'aborder la "
     "situation régionale.", _each(({"Maroc", "Togo"}, {"Genève"}))),
    (_OPENING + "Enfin, Bennani a exploré avec le ministre des Affaires étrangères du Gabon, Paul Ndong, les moyens "
     "de renforcer la coopération.", _each(({"Maroc", "Gabon"}, {"Genève"}))),
    # a story that follows no one whose post is known: the talks keep the one side they name
    ("Des discussions avec le ministre des Affaires étrangères du Ghana, Kofi Mensah, ont porté sur la "
     "coopération.", []),
    # exploring something with no one met is no talks
    ("Le navire de recherche marocain a exploré les fonds marins avec un robot sous-marin.", []),
]


@pytest.mark.parametrize(("text", "told"), FORUM)
def test_talks_told_one_by_one_at_a_forum(text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« Avec le ministre de A, X, les discussions ont porté sur ... »: talks with the side the story follows."""
    assert _told(text) == told


def test_the_unsaid_side_is_the_state_of_the_person_followed() -> None:
    """A story with no state as a subject: the side of talks told « avec » one official only is the state of the
    first person it names, once their post is known."""
    text = ("Les entretiens bilatéraux du ministre marocain des Affaires étrangères, Karim Bennani, avec plusieurs de "
            "ses homologues se sont poursuivis à Genève. Avec le ministre des Affaires étrangères du Ghana, Kofi "
            "Mensah, les discussions ont porté sur la coopération entre les deux pays.")
    assert [sides for sides, _venues in _told(text)] == [frozenset({"Maroc", "Ghana"})]


ABSENT = [
    ("Les présidents du Kenya, du Ghana et du Togo seront toutefois les grands absents de ce sommet, qui se tient "
     "à Accra.", []),
    ("Le président du Kenya et celui du Togo ont été les grands absents de la réunion de mardi.", []),
    # those who take part are sides
    ("Les présidents du Kenya, du Ghana et du Togo participeront au sommet d'Accra.",
     _each(({"Kenya", "Ghana", "Togo"}, {"Accra"}))),
]


@pytest.mark.parametrize(("text", "told"), ABSENT)
def test_the_absent_take_no_part(text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« A et B seront les grands absents de ce sommet »: no talks of theirs."""
    assert _told(text) == told
