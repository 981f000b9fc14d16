"""Supplies told with an acronym between dashes after the recipient's forces (« - FAMA- »). Sentences and names
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_supply_grid import ANY, check_supplies

CELLS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("an acronym between dashes after the forces given to", "Le Japon a offert douze camions aux forces armées "
     "maliennes - FAMA- lors d'une cérémonie.", [("japon", "mali", ANY)]),
    ("an acronym between dashes after the forces given to, end of sentence", "La Turquie a livré vingt blindés à "
     "l'armée nigérienne - FAN-.", [("turquie", "niger", ANY)]),
    ("an acronym between dashes in a sentence with no supply", "Le chef d'état-major des forces armées maliennes - "
     "FAMA- a visité la garnison.", []),
]


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_support49_supplies(cell: str, text: str, told: list[tuple[str, str, str]]) -> None:
    check_supplies(cell, text, told)
