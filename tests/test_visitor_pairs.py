"""A visitor abroad whose state no title or demonym tells acts for the state the article names together with the
host (« A et B », in a quote, the headline or a later sentence): the talks held there and the signing told in the
same story take those two sides; no guess when the article pairs the host with several states or none, and a
visitor whose state is told keeps it. Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_talk_grid import Cell, check_cell

GRID = [
    Cell("paired-in-a-later-quote", "Rencontre de deux ministres\nLe ministre de la Défense Jaakko Virtanen, en "
         "visite officielle en Estonie, a eu un entretien chaleureux avec son homologue estonien Mart Tamm.\n"
         "« La Finlande et l'Estonie partagent les mêmes défis », a déclaré le ministre Virtanen.",
         [({"Finlande", "Estonie"}, {"Estonie"})]),
    Cell("paired-in-the-headline", "La Norvège et la Lituanie renforcent leur coopération\nLa ministre de la Défense "
         "Ingrid Berg, en visite de travail en Lituanie, a rencontré son homologue lituanien Tomas Kazlauskas.",
         [({"Norvège", "Lituanie"}, {"Lituanie"})]),
]

NEGATIVES = [
    Cell("paired-with-two-states", "Rencontre\nLe ministre de la Défense Jaakko Virtanen, en visite officielle en "
         "Estonie, a eu un entretien avec son homologue estonien Mart Tamm.\n« La Finlande et l'Estonie, comme la "
         "Lettonie et l'Estonie, partagent les mêmes défis », a-t-il dit.", absent={"Finlande", "Lettonie"}),
    Cell("paired-nowhere", "Rencontre\nLe ministre de la Défense Jaakko Virtanen, en visite officielle en Estonie, a "
         "eu un entretien avec son homologue estonien Mart Tamm.\nLes deux ministres ont parlé de la Baltique."),
]


@pytest.mark.parametrize("cell", [pytest.param(c, id=c.id) for c in GRID + NEGATIVES])
def test_visitor_paired(cell: Cell) -> None:
    check_cell(cell)


def test_told_state_kept() -> None:
    """A visitor whose demonym tells their state keeps it, whatever the article pairs."""
    text = ("Rencontre\nLe ministre letton de la Défense Andris Ozols, en visite officielle en Estonie, a rencontré "
            "son homologue estonien Mart Tamm.\n« La Finlande et l'Estonie sont proches », a-t-il dit.")
    sides = [{e.label for e in f.get("participant")} for f in analyse_text(text).facts if f.kind == "negotiation"]
    assert {"Lettonie", "Estonie"} in sides and all("Finlande" not in s for s in sides), sides


def test_signing_in_the_story() -> None:
    """The signing the visitor speaks of, told without parties, is the visitor's state's and the host's."""
    text = ("Rencontre de deux ministres\nLe ministre de la Défense Jaakko Virtanen, en visite officielle en "
            "Estonie, a eu un entretien chaleureux avec son homologue estonien Mart Tamm.\n« Un programme ambitieux "
            "qui commence aujourd'hui avec la signature d'une lettre d'intention », a dit le ministre Virtanen.\n"
            "« La Finlande et l'Estonie partagent les mêmes défis », a-t-il ajouté.")
    parties = [{e.label for e in f.get("party")} for f in analyse_text(text).facts if f.kind == "agreement"]
    assert {"Finlande", "Estonie"} in parties, parties
