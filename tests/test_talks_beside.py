"""Talks told by what surrounds a meeting rather than by a verb of meeting: a visit to « le pays » the sentence
names (« X, en visite dans le pays »), a press conference given with an official of another state (« sa conférence
de presse en compagnie du ministre Y »), and a meeting whose relative clause places it at a body's seat in a city.
Sentences and names written for the purpose, with the negatives beside them; checked as the talk grid checks its
cells (tests/test_talk_grid.py)."""

from __future__ import annotations

import pytest

from tests.test_talk_grid import Cell, T, check_cell

GRID = [
    # --- « en visite dans le pays », « en visite au pays »: the one other state the sentence names
    Cell("visit-to-the-country-then-meeting", T + "Le Mali a commandé quatre hélicoptères à la Norvège, a "
         "annoncé mardi le ministre norvégien de la Défense, en visite dans le pays. « Nous livrerons les appareils "
         "bientôt », a déclaré Lars Berg à l'issue d'une rencontre avec le ministre malien des Affaires "
         "étrangères, Moussa Traoré.", [({"Mali", "Norvège"}, {"Mali"})]),
    Cell("visit-to-the-country-meets", T + "Le ministre japonais des Affaires étrangères, en visite au pays, a "
         "rencontré mardi son homologue péruvien pour parler du commerce avec le Pérou.",
         [({"Pérou", "Japon"}, {"Pérou"})]),
    # --- a press conference given with an official of another state
    Cell("press-conference-in-company-of", T + "Le président chilien a tenu une conférence de presse en compagnie "
         "du Premier ministre argentin, Juan Pérez.", [({"Chili", "Argentine"}, set())]),
    Cell("press-conference-beside-counterpart", T + "Le président chilien a tenu une conférence de presse aux côtés "
         "de son homologue argentin.", [({"Chili", "Argentine"}, set())]),
    Cell("press-conference-framing-a-denial", T + "Ce chiffre n'a pas été confirmé par le chef du gouvernement "
         "italien à l'occasion de sa conférence de presse en compagnie du Premier ministre tunisien, Ali Ben Salah.",
         [({"Italie", "Tunisie"}, set())]),
    Cell("press-conference-fronted", T + "Lors d'une conférence de presse en compagnie du ministre argentin Juan "
         "Pérez, le ministre chilien a salué la coopération.", [({"Chili", "Argentine"}, set())]),
    # --- a meeting placed at a body's seat by a relative clause of taking place
    Cell("meeting-held-at-a-seat", T + "Le ministre kényan des Affaires étrangères Paul Mwangi a rencontré son "
         "homologue ghanéen Kofi Mensah lors d'une réunion qui a eu lieu au siège de l'Union africaine à "
         "Addis-Abeba.", [({"Kenya", "Ghana"}, {"Addis-Abeba"})]),
    Cell("meeting-held-at-a-seat-fronted", T + "Lors d'une réunion qui s'est tenue au siège de l'Union africaine à "
         "Addis-Abeba, le ministre kényan des Affaires étrangères a rencontré son homologue ghanéen.",
         [({"Kenya", "Ghana"}, {"Addis-Abeba"})]),
]

NEGATIVES = [
    Cell("press-conference-with-journalists", T + "Le président chilien a donné une conférence de presse avec des "
         "journalistes argentins."),
    Cell("press-conference-with-own-minister", T + "Le président chilien a donné une conférence de presse en "
         "compagnie du ministre chilien de la Défense."),
    Cell("press-conference-alone", T + "Le ministre chilien a donné une conférence de presse à Santiago."),
    Cell("visit-to-a-country-described", T + "Le Mali a commandé des hélicoptères à la Norvège et à la Russie, a "
         "annoncé le ministre norvégien de la Défense, en visite dans le pays voisin."),
]


@pytest.mark.parametrize("cell", GRID + NEGATIVES, ids=lambda c: c.id)
def test_talks_beside(cell: Cell) -> None:
    check_cell(cell)
