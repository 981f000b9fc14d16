"""Talks told one by one during a visit, their subject a pronoun or a bare title: the visitor's state meets the host
state, whose officials the sentence titles with no state (« Il a ensuite rencontré le Premier ministre X »), and
« il s'est entretenu avec ... », a pronominal verb the parser may read as passive, keeps its subject. Negatives: an
official met at a summit or a conference, the host's own officials, a visit
told as planned. Sentences and names written for the purpose; checked as the talk grid checks its cells
(tests/test_talk_grid.py)."""

from __future__ import annotations

import pytest

from kg.kinds import Modality
from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED
from tests.test_talk_grid import Cell, T, check_cell

GRID = [
    Cell("trip-then-pronominal-talks-with-titled", T + "Le ministre portugais de la Défense, Jorge Mascarenhas, s'est "
         "rendu lundi à Luanda. Il s'est entretenu avec le ministre de la Défense Manuel Tchipilica.",
         [({"Portugal", "Angola"}, {"Luanda"})]),
    Cell("trip-then-chief-of-staff", T + "Le chef d'état-major ghanéen, le général Kofi Asante, s'est rendu mardi à "
         "Cotonou. Il s'est ensuite entretenu avec le chef d'état-major des armées Paul Dossou.",
         [({"Ghana", "Bénin"}, {"Cotonou"})]),
    Cell("trip-then-president", T + "La ministre chilienne des Affaires étrangères, Carla Rojas, s'est rendue mardi à "
         "Asuncion. Elle s'est entretenue avec le président Hugo Benítez.", [({"Chili", "Paraguay"}, {"Asuncion"})]),
]

# an official titled with no state met where no visit goes, or by the host's own leader: no state is given them
NEGATIVES = [
    Cell("official-met-at-a-conference", T + "Le ministre kényan des Affaires étrangères est arrivé à Genève pour une "
         "conférence sur le Soudan. Il a rencontré le Premier ministre Arman Seitkali.", absent={"Suisse"}),
    Cell("host-own-officials", T + "Le président angolais Domingos Kapenda est rentré lundi à Luanda. Il a rencontré "
         "le Premier ministre Manuel Tchipilica.", absent={"Angola"}),
]


@pytest.mark.parametrize("cell", [pytest.param(c, id=c.id) for c in GRID])
def test_visit_hosts(cell: Cell) -> None:
    check_cell(cell)


@pytest.mark.parametrize("cell", [pytest.param(c, id=c.id) for c in NEGATIVES])
def test_no_host_given(cell: Cell) -> None:
    """No firm talks take the state ruled out as a side."""
    facts = analyse_text(cell.text, published=PUBLISHED).facts
    sides = {e.label for f in facts if f.kind == "negotiation" and f.modality in {Modality.ASSERTED, Modality.REPORTED}
             for e in f.get("participant")}
    assert not sides & cell.absent, sides
