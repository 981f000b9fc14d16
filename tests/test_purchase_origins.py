"""A purchase made « en X » is bought from X; the « par » agent of a noun of using bought goods is their buyer; a
negation over a noun phrase leaves a participle's supply standing; a contract of one state with one firm for the
supply of matériel it names no system of is the firm's sale. Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from tests.test_retold_supplies import systems
from tests.test_supply_grid import ANY, check_supplies

CELLS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("bought « en X », the goods before", "La Bolivie a acheté des radars en Espagne.",
     [("espagne", "bolivie", ANY)]),
    ("bought « en X » before the goods", "Le Ghana a acquis en Turquie des drones Bayraktar TB2.",
     [("turquie", "ghana", "bayraktar tb2")]),
    ("a participle « achetés en X » on the goods a subject installs", "Le Pérou a terminé l'installation des "
     "radars achetés en Espagne.", [("espagne", "perou", ANY)]),
    ("the agent of a noun of using bought goods", "Kiev dénonce l'utilisation par la Russie de drones achetés "
     "en Iran.", [("iran", "russie", ANY)]),
    ("the agent of a noun of using, a negation above", "Kiev n'apprécie pas l'utilisation par la Russie de drones "
     "achetés en Iran.", [("iran", "russie", ANY)]),
    ("a negation over the holder's deed", "Le Maroc n'a pas déployé les blindés livrés par la Turquie.",
     [("turquie", "maroc", ANY)]),
    ("« en » and a year, no state", "Le Maroc a acheté des drones en 2020.", []),
    ("a contract with a firm of the buyer's state for unnamed matériel", "Le ministère turc de la Défense a signé "
     "un contrat avec Aselsan pour la fourniture de radars.", [("aselsan", "turquie", ANY)]),
    ("a contract with a firm for a service", "Le ministère turc de la Défense a signé un contrat avec Aselsan pour "
     "la maintenance de ses radars.", []),
]
NOT_TOLD: list[tuple[str, str, tuple[str, str]]] = [
    ("the subject of the clause over a noun of using", "Kiev dénonce l'utilisation par la Russie de drones achetés "
     "en Iran.", ("iran", "ukraine")),
    ("a purchase denied", "Le Maroc n'a pas acheté de blindés en Turquie.", ("turquie", "maroc")),
]


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_who_sells_what_is_bought(cell: str, text: str, told: list[tuple[str, str, str]]) -> None:
    check_supplies(cell, text, told)


@pytest.mark.parametrize(("cell", "text", "pair"), NOT_TOLD, ids=[c[0] for c in NOT_TOLD])
def test_support58_not_supplied(cell: str, text: str, pair: tuple[str, str]) -> None:
    assert systems(text).get(pair) is None, cell
