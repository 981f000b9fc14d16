"""People of a state's forces stand for that state (ontology/lexicon/stand-in-nouns.tsv): « à des membres de l'armée
de l'air X », « aux soldats de l'armée X », « à des officiers de la marine X » receive what is given or taught.
Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from tests.test_supply_grid import ANY, check_supplies

CELLS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("a course offered to members of an army", "L'Espagne a offert une formation en déminage à des membres de "
     "l'armée de terre sénégalaise.", [("espagne", "senegal", ANY)]),
    ("matériel given to officers of a navy", "Le Japon a remis des radars à des officiers de la marine philippine.",
     [("japon", "philippines", ANY)]),
    ("a course for members of a club names no state", "L'Espagne a offert une formation en déminage à des membres "
     "d'un club de tir.", []),
]


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_members_of_forces(cell: str, text: str, told: list[tuple[str, str, str]]) -> None:
    check_supplies(cell, text, told)
