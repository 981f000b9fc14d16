"""Meetings of several states told by whom they gather or are held with: a meeting, subject of a verb of gathering,
whose object lists the officials of states; a meeting held with the participation, in the presence or at the
invitation of officials of states; a title that carries its portfolio before the states it serves; the place a
sentence before gave a meeting that points back to it. Sentences written for the purpose (session 40)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.conftest import sides_and_venues
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[set[str], set[str]]]:
    talks: list[Fact] = [f for f in analyse_text(f"Titre\n{text}", published=PUBLISHED).facts
                         if f.kind == "negotiation" and f.modality.value in {"asserted", "reported"}]
    return sides_and_venues(talks)


GATHERED = [
    ("La conférence régionale s'est ouverte lundi à Kampala. Cette réunion a regroupé, outre le président de la "
     "Commission de l'Union africaine, les chefs de la diplomatie du Kenya, de l'Ouganda et du Rwanda.",
     [({"Kenya", "Ouganda", "Rwanda"}, {"Kampala"})]),
    ("La rencontre a rassemblé les présidents malien, nigérien et tchadien à Niamey.",
     [({"Mali", "Niger", "Tchad"}, {"Niamey"})]),
    ("Le sommet a regroupé les chefs d'État du Sénégal, de la Gambie et de la Guinée-Bissau.",
     [({"Sénégal", "Gambie", "Guinée-Bissau"}, set())]),
    # a body that gathers its members is no meeting; a meeting that gathers no officials has no sides
    ("L'Alliance rassemble les dirigeants de la France, de l'Allemagne et de l'Italie.", []),
    ("Le sommet a rassemblé des milliers de manifestants venus de France et d'Allemagne.", []),
]


@pytest.mark.parametrize(("text", "told"), GATHERED)
def test_the_officials_a_meeting_gathers_are_its_sides(text: str, told: list[tuple[set[str], set[str]]]) -> None:
    """« la réunion a regroupé les ministres de A, de B et de C », « le sommet a rassemblé les présidents a, b, c »."""
    assert _told(text) == told


ATTENDED = [
    ("La réunion tripartite s'est tenue mardi à Tbilissi, à l'invitation du ministre géorgien des Affaires "
     "étrangères, avec la participation de ses homologues arménien et azerbaïdjanais.",
     [({"Géorgie", "Arménie", "Azerbaïdjan"}, {"Tbilissi"})]),
    ("Le sommet s'est tenu samedi à Luanda avec la participation des présidents de l'Angola, du Rwanda et de "
     "l'Ouganda.",
     [({"Angola", "Rwanda", "Ouganda"}, {"Luanda"})]),
    ("La rencontre a eu lieu à Tachkent en présence des présidents ouzbek, kazakh et kirghize.",
     [({"Ouzbékistan", "Kazakhstan", "Kirghizstan"}, {"Tachkent"})]),
    # one state invites, no one else is named: no talks
    ("Le sommet s'est tenu à Rome à l'invitation du président italien.", []),
]


@pytest.mark.parametrize(("text", "told"), ATTENDED)
def test_those_a_meeting_is_held_with_are_its_sides(text: str, told: list[tuple[set[str], set[str]]]) -> None:
    """« avec la participation de », « en présence de », « à l'invitation de »: the states of those named."""
    assert _told(text) == told


PORTFOLIO = [
    ("La réunion des ministres en charge des Affaires étrangères du Bénin, du Togo et du Ghana s'est tenue à Accra.",
     [({"Bénin", "Togo", "Ghana"}, {"Accra"})]),
    ("Le sommet des ministres chargés de la Défense du Niger et du Tchad a eu lieu à Niamey.",
     [({"Niger", "Tchad"}, {"Niamey"})]),
]


@pytest.mark.parametrize(("text", "told"), PORTFOLIO)
def test_a_portfolio_between_the_title_and_its_states(text: str, told: list[tuple[set[str], set[str]]]) -> None:
    """« les ministres en charge des Affaires étrangères de A et de B »: the portfolio is read through."""
    assert _told(text) == told


def test_a_meeting_told_again_is_held_where_the_sentence_before_placed_it() -> None:
    """« X a participé à Ville à la réunion. Cette réunion a regroupé ... »: the city, in a side's state."""
    text = ("Le ministre tunisien a participé ce matin à Alger à la réunion ministérielle. Cette réunion a regroupé "
            "les ministres des Affaires étrangères de l'Algérie, de la Tunisie et de la Libye.")
    assert _told(text) == [({"Algérie", "Tunisie", "Libye"}, {"Alger"})]


SEATS = [
    ("Le Premier ministre ivoirien a reçu jeudi à la Primature l'ambassadeur de France.",
     [({"Côte d'Ivoire", "France"}, {"Primature"})]),
    ("Le ministre belge des Affaires étrangères a été reçu mardi à la Présidence par le chef de l'État nigérien.",
     [({"Belgique", "Niger"}, {"Présidence"})]),
    # a seat told in lower case, or one the sentence names for another thing, is no venue
    ("Le ministre malien a été reçu au palais par le président sénégalais.", [({"Mali", "Sénégal"}, set())]),
    ("Le ministre malien a été reçu lundi par le président sénégalais, candidat à la Présidence.",
     [({"Mali", "Sénégal"}, set())]),
]


@pytest.mark.parametrize(("text", "told"), SEATS)
def test_a_seat_named_by_its_capital_is_the_venue(text: str, told: list[tuple[set[str], set[str]]]) -> None:
    """« à la Présidence », « à la Primature »: a seat of government written as a name is where talks are held."""
    assert _told(text) == told
