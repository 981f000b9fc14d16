"""Talks told in ways the first-seen pages of session 34 showed: a verb of meeting whose object lists counterparts
of several states by their demonyms (and the head of an organisation after « ainsi que ») is a meeting with each;
a meeting held, by its relative clause, at a site in a city (the site hung on the day told before it) is held in
that city. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


_each = talks_each


MET = [
    ("La ministre portugaise de la Défense Ana Costa a rencontré vendredi ses homologues norvégien, danois et "
     "finlandais, ainsi que Mark Rutte, le secrétaire général de l'OTAN.",
     _each(({"Portugal", "Norvège"}, set()), ({"Portugal", "Danemark"}, set()), ({"Portugal", "Finlande"}, set()),
           ({"Portugal", "OTAN"}, set()))),
    ("Le chef de la diplomatie chilienne a rencontré ses homologues péruvien et bolivien à Quito.",
     _each(({"Chili", "Pérou"}, {"Quito"}), ({"Chili", "Bolivie"}, {"Quito"}))),
    # talks of all where the sentence says so: one negotiation
    ("Le président roumain a rencontré ses homologues polonais et hongrois lors d'un sommet trilatéral à Bucarest.",
     _each(({"Roumanie", "Pologne", "Hongrie"}, {"Bucarest"}))),
    # a host's reception of several counterparts stays one meeting of all
    ("Le ministre chilien de la Défense reçoit ses homologues du Pérou, de la Bolivie et de l'Équateur.",
     _each(({"Chili", "Pérou", "Bolivie", "Équateur"}, set()))),
]


@pytest.mark.parametrize(("text", "told"), MET)
def test_counterparts_met_by_a_verb_of_meeting_talk_in_pairs(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« a rencontré ses homologues A, B et C, ainsi que X, le secrétaire général de l'OTAN »."""
    assert _told(text) == told


HELD = [
    ("Le ministre tchèque de la Défense Jan Novak a rencontré son homologue slovaque Peter Kovac lors de la réunion "
     "des ministres de la Défense de l'Union européenne qui s'est tenue mardi au siège de l'UE à Bruxelles.",
     _each(({"République tchèque", "Slovaquie"}, {"Bruxelles"}))),
    ("Le ministre polonais de la Défense Jan Kowal a rencontré son homologue italien Marco Rossi lors de la réunion "
     "des ministres de l'OTAN qui s'est tenue au siège de l'Alliance à Bruxelles.",
     _each(({"Pologne", "Italie"}, {"Bruxelles"}))),
]


@pytest.mark.parametrize(("text", "told"), HELD)
def test_a_site_in_a_city_a_meeting_is_held_at_places_it(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« lors de la réunion ... qui s'est tenue jeudi au siège de l'OTAN à Bruxelles »."""
    assert _told(text) == told



def test_a_treaty_told_after_talks_with_several_belongs_to_no_one_pair_of_them() -> None:
    """« A a rencontré ses homologues B, C et D », then « un traité »: none of those pairs signed it."""
    text = ("Titre\nLe ministre roumain de la Défense Ion Popescu a rencontré mardi ses homologues tchèque, slovaque "
            "et slovène.\n\nLa Roumanie s'est plainte des manœuvres répétées dans la région, y compris dans des zones "
            "démilitarisées en vertu d'obligations découlant d'un traité.")
    found = analyse_text(text, published=PUBLISHED)
    assert len([f for f in found.facts if f.kind == "negotiation"]) == 3
    assert not [f for f in found.facts if f.kind == "agreement"]
