"""Venues of talks told before: a definite noun of talks held somewhere, told by someone who is no side for it
(« X a déclaré que les discussions se sont tenues au palais Y »); a text sealed in a city at the end of the talks
(« la déclaration adoptée à V, à l'issue d'un entretien »); and places that are no venue of the talks told before:
a birthplace in the incise of a side (« né à V »), the next meeting (« la prochaine réunion se tiendra à V »).
Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _talks(text: str) -> list[tuple[set[str], set[str]]]:
    facts = analyse_text(f"Titre\n{text}", published=PUBLISHED).facts
    return [({e.label for e in f.get("participant")}, {e.label for p in f.parts for e in p.get("place")})
            for f in facts if f.kind == "negotiation"]


@pytest.mark.parametrize(("text", "venue"), [
    ("Le président chilien a discuté lundi avec le roi du Maroc. Le porte-parole du palais royal, Ahmed Bennani, a "
     "déclaré que les discussions ont été tenues au palais de Skhirat.", "palais de Skhirat"),
    ("Le président chilien a discuté lundi avec le roi du Maroc. Le ministre marocain Youssef Alami a indiqué que "
     "ces entretiens se sont déroulés à Rabat.", "Rabat"),
])
def test_the_teller_of_where_talks_were_held_is_no_side(text: str, venue: str) -> None:
    assert _talks(text) == [({"Chili", "Maroc"}, {venue})]


def test_a_teller_of_own_talks_stays_a_side() -> None:
    # « ses discussions avec ... »: the possessive makes the teller's state a side
    text = "Le ministre marocain Youssef Alami a indiqué que ses discussions avec le président chilien se sont " \
        "déroulées à Rabat."
    assert _talks(text) == [({"Chili", "Maroc"}, {"Rabat"})]


@pytest.mark.parametrize("text", [
    "La Norvège et le Chili renforcent leurs liens. Cette volonté figure dans le communiqué conjoint adopté à "
    "Oslo, à l'issue d'un entretien entre les ministres des deux pays, tenu mardi.",
    "Le ministre chilien a rencontré son homologue norvégien. Une déclaration a été signée à Oslo au terme de "
    "l'entretien entre les deux ministres.",
])
def test_a_text_sealed_at_the_end_of_talks_places_them(text: str) -> None:
    assert _talks(text) == [({"Norvège", "Chili"}, {"Oslo"})]


@pytest.mark.parametrize("text", [
    # the text was adopted elsewhere, at another time: words other than a comma or a preposition stand between
    "Le ministre chilien a rencontré son homologue norvégien. Le communiqué adopté à Oslo la semaine passée a "
    "été rappelé à l'issue de l'entretien entre les deux ministres.",
    # a birthplace in a side's incise
    "Le ministre chilien de la Défense, né à Valparaiso, a rencontré mardi son homologue norvégien.",
    # the next meeting is not the one told
    "Le ministre chilien de la Défense a rencontré mardi son homologue norvégien. La prochaine réunion se tiendra "
    "à Oslo.",
])
def test_no_venue_of_another_time_or_event(text: str) -> None:
    assert _talks(text) == [({"Norvège", "Chili"}, set())]


def test_a_side_present_where_an_event_is_still_meets_there() -> None:
    text = "Le ministre chilien de la Défense, présent à Oslo pour le sommet, a rencontré mardi son homologue " \
        "norvégien."
    assert _talks(text) == [({"Norvège", "Chili"}, {"Oslo"})]


def _titled_talks(title: str, text: str) -> list[tuple[set[str], set[str]]]:
    facts = analyse_text(f"{title}\n\n{text}", published=PUBLISHED).facts
    return [({e.label for e in f.get("participant")}, {e.label for p in f.parts for e in p.get("place")})
            for f in facts if f.kind == "negotiation"]


_TITLE = "Le ministre arménien de la Défense reçu par le Premier ministre péruvien"


def test_a_visit_phrase_ending_with_a_state_places_the_talks() -> None:
    # the parser hangs « au Pérou » on a noun of the visitor's long name, far from the noun of visit
    text = "En marge de sa visite officielle d'une délégation du ministère de la Défense de la République d'Arménie " \
        "au Pérou, le ministre de la Défense, le colonel-général Aram Sarkissian a été reçu par le Premier ministre " \
        "péruvien Juan Vela."
    assert _titled_talks(_TITLE, text) == [({"Arménie", "Pérou"}, {"Pérou"})]


def test_a_state_after_a_verb_ends_no_visit_phrase() -> None:
    # a verb between the noun of visit and the state: the state closes another phrase
    text = "En marge de sa visite officielle, le ministre de la Défense, le colonel-général Aram Sarkissian a été " \
        "reçu par le Premier ministre péruvien Juan Vela, qui a salué les manoeuvres navales organisées au Chili."
    assert _titled_talks(_TITLE, text) == [({"Arménie", "Pérou"}, set())]
