"""Talks real pages showed at ceremonies and on journeys: officials of two states who attend a ceremony (« X et Y
ont participé à la cérémonie organisée à Z », « la remise a eu lieu à Z en présence de X et de Y ») meet there;
a ceremony whose attendees are of one state, or a ceremony with no one attending, is no talks; a journey told as
coming after the talks (« avant d'arriver à Z ») is not where they are held. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


ATTENDED = [
    ("Le ministre chilien de la Défense et le vice-ministre brésilien ont participé à la cérémonie organisée au "
     "chantier naval à Valparaiso.",
     talks_each(({"Chili", "Brésil"}, {"Valparaiso"}))),
    ("La remise des camions a eu lieu à Dakar en présence du ministre sénégalais des Forces armées et de "
     "l'ambassadeur du Japon.",
     talks_each(({"Sénégal", "Japon"}, {"Dakar"}))),
    ("Le ministre kényan de la Défense et l'ambassadeur de Turquie ont assisté à la cérémonie de livraison des "
     "blindés à Nairobi.",
     talks_each(({"Kenya", "Turquie"}, {"Nairobi"}))),
]


@pytest.mark.parametrize(("text", "told"), ATTENDED)
def test_officials_of_two_states_attending_a_ceremony_meet_where_it_is_held(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« X et Y ont participé à la cérémonie organisée à Z », « la remise a eu lieu à Z en présence de X et Y »."""
    assert _told(text) == told


@pytest.mark.parametrize("text", [
    "Le ministre sénégalais des Forces armées et le chef d'état-major sénégalais ont assisté à la cérémonie à Dakar.",
    "La cérémonie de lancement du navire construit en Chine pour le Bangladesh a eu lieu à Shanghai.",
])
def test_a_ceremony_without_officials_of_two_states_is_no_talks(text: str) -> None:
    """Attendees of one state, or a ceremony that only names the states of a supply, tell no meeting."""
    assert _told(text) == []


def test_a_journey_told_as_coming_after_the_talks_is_not_where_they_are_held() -> None:
    """« Avant d'arriver à Z, X s'est entretenu à W avec Y »: held at W only."""
    assert _told("Avant d'arriver à Santiago, le ministre péruvien s'est entretenu à Quito avec son homologue "
                 "équatorien.") == talks_each(({"Pérou", "Équateur"}, {"Quito"}))


SUMMONED = [
    ("Le roi du Maroc a convoqué les chefs d'État de Mauritanie, du Sénégal et du Mali dans un palais de Rabat.",
     talks_each(({"Maroc", "Mauritanie", "Sénégal", "Mali"}, {"Rabat"}))),
    ("Le ministère norvégien des Affaires étrangères a convoqué l'ambassadeur d'Iran.",
     talks_each(({"Norvège", "Iran"}, set()))),
]


@pytest.mark.parametrize(("text", "told"), SUMMONED)
def test_those_an_official_summons_meet_him(text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« X a convoqué les chefs d'État de A, de B et de C », « A a convoqué l'ambassadeur de B »."""
    assert _told(text) == told


def test_a_body_of_ones_own_state_summoned_is_no_talks() -> None:
    """« Le président a convoqué le Conseil de défense »: no second side."""
    assert _told("Le président ivoirien a convoqué le Conseil national de sécurité.") == []
