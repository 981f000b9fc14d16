"""Talks a verb tells in the future (« se retrouveront à X en mai », « va s'entretenir avec », « doivent se revoir »)
are not held yet: only possible, their place a considered venue. Talks told by a noun with a verb of taking place in
the future (« les pourparlers se tiendront à X ») stay firm, as do talks told in the past. Sentences and names written
for the purpose; checked as the talk grid checks its cells (tests/test_talk_grid.py)."""

from __future__ import annotations

import pytest

from kg.kinds import Modality
from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED
from tests.test_talk_grid import Cell, T, check_cell

FIRM = [
    Cell("met-in-the-past", T + "Le ministre kényan de la Défense s'est entretenu mardi avec son homologue ougandais "
         "à Kampala.", [({"Kenya", "Ouganda"}, {"Kampala"})]),
    Cell("noun-held-in-the-future", T + "Les pourparlers entre le Pérou et la Bolivie se tiendront la semaine "
         "prochaine à La Paz.", [({"Pérou", "Bolivie"}, None)]),
]

TO_COME = [
    Cell("going-to-talk", T + "Le ministre kényan de la Défense va s'entretenir avec son homologue ougandais à "
         "Kampala."),
    Cell("future-meeting-again", T + "Les ministres de la Défense du Pérou et de la Bolivie se retrouveront à Lima "
         "en mai."),
    Cell("must-meet-again", T + "Les ministres de la Défense du Pérou et de la Bolivie doivent se revoir à Lima en "
         "mai."),
    Cell("future-talk-irregular", T + "Le ministre kényan de la Défense s'entretiendra avec son homologue ougandais "
         "à Kampala."),
]


@pytest.mark.parametrize("cell", [pytest.param(c, id=c.id) for c in FIRM + TO_COME])
def test_talks_to_come_grid(cell: Cell) -> None:
    check_cell(cell)


def test_talks_to_come_are_possible_with_a_considered_venue() -> None:
    facts = analyse_text(TO_COME[0].text, published=PUBLISHED).facts
    talks = [f for f in facts if f.kind == "negotiation"]
    assert talks and all(f.modality == Modality.POSSIBLE for f in talks)


def test_a_meeting_told_in_the_present_stays_firm() -> None:
    check_cell(Cell("hosts-in-the-present", T + "Le chef d'état-major kényan accueille cette semaine ses homologues "
                    "de l'Ouganda et de la Tanzanie.", [({"Kenya", "Ouganda"}, None)]))
