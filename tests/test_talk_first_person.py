"""Talks told in the first person by the one a statement's title names (« Déclaration de la ministre X à
l'issue de ... », then « j'ai rencontré mon homologue ... »): « je » outside quotes is that person, a side of the
talks. Negatives: a title that opens with no noun of statements, words quoted from someone else, « nous », a
meeting denied. Sentences and names written for the purpose; checked as the talk grid checks its cells
(tests/test_talk_grid.py)."""

from __future__ import annotations

import pytest

from tests.test_talk_grid import Cell, check_cell

_SAID = "Déclaration de la ministre portugaise des Affaires étrangères, Ana Duarte, à l'issue de sa tournée\n"

GRID = [
    Cell("statement-title-speaker-met-counterpart", _SAID + "Avant de rentrer, j'ai eu le plaisir de rencontrer mon "
         "homologue marocain à Rabat et d'évoquer nos relations.", [({"Portugal", "Maroc"}, {"Rabat"})]),
    Cell("statement-title-speaker-held-talks", _SAID + "Hier, j'ai eu un entretien avec le ministre tunisien des "
         "Affaires étrangères à Tunis.", [({"Portugal", "Tunisie"}, {"Tunis"})]),
    Cell("address-title-speaker", "Allocution du ministre chilien de la Défense, Pablo Soto, devant la presse\n"
         "Ce matin, j'ai rencontré mon homologue péruvien à Lima.", [({"Chili", "Pérou"}, {"Lima"})]),
]

NEGATIVES = [
    Cell("title-without-statement-noun", "La ministre portugaise des Affaires étrangères, Ana Duarte, en tournée\n"
         "Avant de rentrer, j'ai eu le plaisir de rencontrer mon "
         "homologue marocain à Rabat.", absent={"Portugal"}),
    Cell("statement-title-meeting-denied", _SAID + "Je n'ai pas rencontré mon homologue marocain à Rabat."),
    Cell("statement-title-others-words-quoted", _SAID + "Un diplomate m'a confié : « J'ai rencontré hier le ministre "
         "marocain à Rabat ».", absent={"Portugal"}),
]


@pytest.mark.parametrize("cell", GRID + NEGATIVES, ids=lambda c: c.id)
def test_first_person_talks(cell: Cell) -> None:
    check_cell(cell)
