"""Supplies told with an acronym between dashes after the recipient's forces (« - FAMA- »), a gift called military
(« un don militaire de N à Y »); a purchase called potential is no fact; the stops of a delivery flight are no
recipients. Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from tests.test_retold_supplies import systems
from tests.test_supply_grid import ANY, check_supplies

CELLS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("an acronym between dashes after the forces given to", "Le Japon a offert douze camions aux forces armées "
     "maliennes - FAMA- lors d'une cérémonie.", [("japon", "mali", ANY)]),
    ("an acronym between dashes after the forces given to, end of sentence", "La Turquie a livré vingt blindés à "
     "l'armée nigérienne - FAN-.", [("turquie", "niger", ANY)]),
    ("an acronym between dashes in a sentence with no supply", "Le chef d'état-major des forces armées maliennes - "
     "FAMA- a visité la garnison.", []),
    ("a military gift of a sum", "Le Japon a fait un don militaire de 3 millions de dollars au Niger.",
     [("japon", "niger", ANY)]),
    ("a military gift announced", "L'Inde a annoncé un don militaire au Népal.", [("inde", "nepal", ANY)]),
    ("a gift of a sum, not called military", "Le Japon a fait un don de 3 millions de dollars au Niger.", []),
    ("a medical gift", "La Chine a fait un don médical au Cameroun.", []),
    ("a potential purchase", "Le ministre péruvien a rencontré à Stockholm des dirigeants de Saab en vue d'une "
     "potentielle acquisition par Lima d'avions de combat Gripen.", []),
    ("a purchase not called potential", "Le ministre péruvien a annoncé à Lima l'acquisition d'avions de combat "
     "Gripen auprès de la Suède.", [("suede", "perou", "gripen")]),
    ("the stops of a delivery flight", "Le Tchad a reçu des avions de la France. L'appareil a fait des escales au "
     "Maroc et au Niger lors de son vol de livraison.", [("france", "tchad", ANY)]),
    ("a stop before a delivery by another verb", "L'avion a fait escale au Tchad avant d'être livré au Niger par "
     "la France.", [("france", "niger", ANY)]),
]
NOT_TOLD: list[tuple[str, str, tuple[str, str]]] = [
    ("a stop of a delivery flight", "Le Tchad a reçu des avions C-295 de la France. Il a effectué des escales à "
     "Rabat, au Maroc et au Niger lors de son vol de livraison.", ("tchad", "niger")),
    ("a stop of a delivery flight, the first named", "Le Tchad a reçu des avions C-295 de la France. Il a effectué "
     "des escales à Rabat, au Maroc et au Niger lors de son vol de livraison.", ("tchad", "maroc")),
]


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_support49_supplies(cell: str, text: str, told: list[tuple[str, str, str]]) -> None:
    check_supplies(cell, text, told)


@pytest.mark.parametrize(("cell", "text", "pair"), NOT_TOLD, ids=[c[0] for c in NOT_TOLD])
def test_support49_not_supplied(cell: str, text: str, pair: tuple[str, str]) -> None:
    assert systems(text).get(pair) is None, cell
