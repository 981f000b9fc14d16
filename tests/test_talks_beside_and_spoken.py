"""Talks real pages showed: a closing verb of saying whose subject, set after it,
frames talks (« ..., a affirmé le ministre A-ien après un entretien avec le général B-ien »; « ..., a déclaré le
secrétaire A-ien lors d'une visite en B »); a verb of saying told « au côté de » an official of another state; a
signing witnessed by two presidents whose names the parser hangs off « en présence de ». Sentences written for the
purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


SPOKEN = [
    ("Le Chili enverra des instructeurs au Pérou, a assuré jeudi le ministre péruvien de la Défense après un "
     "entretien à Lima avec le chef d'état-major chilien.",
     talks_each(({"Pérou", "Chili"}, {"Lima"}))),
    ("Les travaux sur le nouveau traité avancent bien, a déclaré lundi le ministre norvégien des Affaires étrangères "
     "Per Olsen lors d'une visite en Pologne.",
     talks_each(({"Norvège", "Pologne"}, {"Pologne"}))),
]


@pytest.mark.parametrize(("text", "told"), SPOKEN)
def test_the_subject_after_a_closing_verb_of_saying_is_a_side_of_the_talks_it_frames(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« ..., a affirmé le ministre A-ien après un entretien avec B »; « ..., a déclaré X lors d'une visite en B »."""
    assert _told(text) == told


def test_a_visit_framing_a_statement_of_its_host_stays_no_talks_of_its_own() -> None:
    """« ..., a déclaré le ministre polonais lors d'une visite en Pologne »: the speaker is of the state visited."""
    assert _told("La coopération avance bien, a déclaré lundi le ministre polonais de la Défense lors d'une visite "
                 "en Pologne.") == []


BESIDE = [
    ("Le traité, annoncé par le président péruvien Luis Torres à Lima au côté de son homologue chilien Pablo Soto, "
     "prévoit des exercices communs.",
     talks_each(({"Pérou", "Chili"}, {"Lima"}))),
    ("Le Premier ministre grec a déclaré à Athènes, aux côtés du président chypriote, que la coopération avançait.",
     talks_each(({"Grèce", "Chypre"}, {"Athènes"}))),
]


@pytest.mark.parametrize(("text", "told"), BESIDE)
def test_one_who_speaks_beside_an_official_of_another_state_met_him(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« annoncé par le président A-ien à V au côté de son homologue B-ien »."""
    assert _told(text) == told


def test_a_statement_beside_an_official_of_the_same_state_is_no_talks() -> None:
    assert _told("Le président péruvien a déclaré à Lima, aux côtés de son ministre péruvien de la Défense, que "
                 "l'armée serait modernisée.") == []


def test_a_signing_witnessed_by_two_presidents_is_talks_between_their_states() -> None:
    """« signés en présence des présidents A-ien X et B-ien Y », the parser hanging the names on the verb."""
    assert _told("Ces accords ont été signés en présence des présidents portugais Marcelo Rebelo de Sousa et angolais "
                 "João Manuel Gonçalves Lourenço.") == talks_each(({"Portugal", "Angola"}, set()))


HANDED = [
    ("L'ambassadeur de Suède a remis jeudi à Riga les clés des véhicules au ministre letton de la Défense.",
     talks_each(({"Suède", "Lettonie"}, {"Riga"}))),
    ("C'est l'ambassadeur d'Espagne au Maroc, M. Luis Ortega, qui a remis le matériel au ministre marocain de "
     "l'Intérieur.",
     talks_each(({"Espagne", "Maroc"}, set()))),
]


@pytest.mark.parametrize(("text", "told"), HANDED)
def test_an_official_who_hands_over_to_an_official_of_another_state_meets_him(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« l'ambassadeur de A a remis les clés au ministre B-ien »."""
    assert _told(text) == told


@pytest.mark.parametrize("text", [
    "La Suède a remis des blindés à la Lettonie.",
    "Le ministre letton de la Défense a remis les véhicules aux troupes suédoises.",
])
def test_a_state_or_a_handover_to_troops_is_no_meeting(text: str) -> None:
    assert _told(text) == []
