"""A « par X » agent hung on a purchase noun nested in the complement of another supply (« a acquis des chars de A
en réponse à l'achat d'avions par B »): B is the buyer of the nested noun, not a side of the outer supply, so the
outer supply keeps its own seller. Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from tests.test_supply_grid import ANY, check_supplies

CELLS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("seller as an ally, a rival's purchase in a nested noun", "Le Bangladesh a acquis seize avions J-10C de son "
     "allié la Chine en réponse à l'achat de chasseurs par la Birmanie.", [("chine", "bangladesh", ANY)]),
    ("seller as a firm, a neighbour's order in a nested noun", "Le Chili a commandé des frégates au groupe italien "
     "Fincantieri après la commande de corvettes par le Pérou.", [("italie", "chili", ANY)]),
    ("seller by « à », a neighbour's purchase in a nested noun", "Le Kenya a acheté des blindés à la France à la "
     "suite de l'acquisition de drones par l'Ouganda.", [("france", "kenya", ANY)]),
    ("the agent of the supply noun itself still counts", "La livraison de chars par la Pologne à l'Ukraine a "
     "commencé.", [("pologne", "ukraine", ANY)]),
]


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_nested_purchase_agent(cell: str, text: str, told: list[tuple[str, str, str]]) -> None:
    check_supplies(cell, text, told)
