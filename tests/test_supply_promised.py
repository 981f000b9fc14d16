"""A supply of systems promised (« A a promis douze canons W à B », « les chars promis par A à B ») is told as a
pledge made; a promise of money, of exchanges or of a deed names no systems and gives nothing here, and a promise
denied or only possible is no fact. Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from tests.test_supply_grid import ANY, _supplies, _tells, check_supplies

CELLS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("systems promised", "La Suède a promis douze canons Archer à la Lettonie.", [("suede", "lettonie", "archer")]),
    ("systems promised, told in passing", "Ils rejoindront les 20 chars promis par l'Espagne au Maroc l'an dernier.",
     [("espagne", "maroc", ANY)]),
]

NOT_TOLD = [
    ("a promise of money", "La France a promis 100 millions d'euros à l'Ukraine pour sa défense."),
    ("a promise of exchanges", "Le Japon a promis au Kenya des échanges entre officiers."),
    ("a promise of a deed", "La France a promis à l'armée malienne de poursuivre la coopération militaire."),
    ("a promise denied", "La Suède n'a jamais promis de chars à la Lettonie."),
    ("a promise only possible", "La Suède pourrait promettre des chars à la Lettonie."),
]


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_promised_systems(cell: str, text: str, told: list[tuple[str, str, str]]) -> None:
    check_supplies(cell, text, told)


@pytest.mark.parametrize(("cell", "text"), NOT_TOLD, ids=[c[0] for c in NOT_TOLD])
def test_promised_nothing(cell: str, text: str) -> None:
    found = _supplies(text)
    assert not any(_tells(found, s, r, ANY) for s, r in [("france", "ukraine"), ("japon", "kenya"),
                                                         ("france", "mali"), ("suede", "lettonie")]), cell
