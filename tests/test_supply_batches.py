"""Supplies told with a batch, a valuation or a maker's name spelt another way: « un ensemble d'équipements, ...,
armes entre autres » is matériel, « estimé à ... » between the goods and the recipient, a police body as the
recipient, a buyer's army that « va faire l'acquisition » of systems « fabriqués par » a firm, a joined name
written with a hyphen. Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_supply_grid import ANY, check_supplies

CELLS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("recipient told after a valuing participle", "Le Japon a remis un lot d'équipements estimé à deux millions "
     "de dollars à la marine philippine.", [("japon", "philippines", ANY)]),
    ("valued goods set off by commas", "La Suède a livré des obus, évalués à dix millions d'euros, à la Lettonie.",
     [("suede", "lettonie", ANY)]),
    ("embassy hands over a batch listed by example, to a police institution", "Jeudi, l'ambassade du Canada à "
     "Accra a officiellement remis un ensemble d'équipements véhicules lourds, armes entre autres, évalué à trois "
     "millions de dollars à l'institution policière ghanéenne.", [("canada", "ghana", ANY)]),
    ("a batch of documents is no matériel", "Le Japon a remis un ensemble de documents à la police philippine.", []),
    ("army of the buyer, maker by « fabriqués par »", "L'armée polonaise va faire l'acquisition de six avions "
     "C-390, tous fabriqués par le groupe Embraer, a précisé le ministère.", [("bresil", "pologne", "390")]),
]


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_supply_batches(cell: str, text: str, told: list[tuple[str, str, str]]) -> None:
    check_supplies(cell, text, told)


def test_joined_name_with_hyphen() -> None:
    """« Scan-Eagle » for the system listed as « ScanEagle »: a joined name written with a hyphen."""
    facts = analyse_text("Titre\n\nLe Canada a livré des drones Scan-Eagle à la Colombie.").facts
    assert any("ScanEagle" in {w.label for w in f.get("weapon")} for f in facts if f.kind == "support")
