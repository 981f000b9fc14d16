"""A batch counted out among states (kg.extract.share_outs, kg.extract.shared_batches): « 6 l'ont été au Togo, 5 au
Bénin », « le reste se partagera entre A (12) et B (8) », « dont 8 pour A et 4 pour B » give each state its
share of the supply told just before, from its supplier; counts of anything else, a share-out only considered, one
with no supply before, or after a refused one give nothing. Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from tests.test_supply_grid import ANY, _supplies, _tells, check_supplies

CELLS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("counts after an elided passive, then gapped", "L'Italie a livré vingt véhicules blindés Lince à des armées "
     "d'Afrique de l'Ouest. Hormis ceux remis lundi au Ghana, 6 l'ont déjà été au Togo, 5 au Bénin et 4 au Nigeria.",
     [("italie", "togo", "lince"), ("italie", "benin", "lince"), ("italie", "nigeria", "lince")]),
    ("the rest shared out, counts in brackets", "Le Canada a acheté 40 véhicules blindés Cougar destinés à des "
     "armées africaines. Une vingtaine iront à l'Ouganda, le reste se partagera entre le Kenya (12) et le Ghana (8).",
     [("canada", "ouganda", "cougar"), ("canada", "kenya", "cougar"), ("canada", "ghana", "cougar")]),
    ("« dont » shares of the supply of the same sentence", "La Turquie a livré 12 drones TB2 à deux voisins, dont 8 "
     "pour l'Azerbaïdjan et 4 pour la Géorgie.", [("turquie", "azerbaidjan", "tb2"), ("turquie", "georgie", "tb2")]),
    ("a share-out told by another supplier is its own", "La Turquie a livré douze drones au Niger. La Russie en a "
     "livré 8 au Tchad et 4 au Mali.", [("turquie", "niger", ANY), ("russie", "tchad", ANY), ("russie", "mali", ANY)]),
]

NOT_TOLD: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("counts of the dead are no shares", "La France a livré des blindés au Niger. Les attaques ont fait 13 morts au "
     "Burkina et 7 au Mali.", [("france", "burkina faso"), ("france", "mali")]),
    ("a share-out only considered", "L'Italie a livré vingt véhicules blindés Lince. Le reste pourrait se partager "
     "entre le Tchad (6) et le Mali (4).", [("italie", "tchad"), ("italie", "mali")]),
    ("no supply told before", "Le reste se partagera entre le Tchad (6) et le Mali (4).", []),
    ("the rest of a refused supply", "L'Espagne a refusé de livrer 20 blindés. Le reste se partagera entre le Tchad "
     "(6) et le Mali (4).", [("espagne", "tchad"), ("espagne", "mali")]),
    ("a share-out that another state tells of", "La Turquie a livré douze drones au Niger. Selon le Danemark, 8 ont "
     "été remis au Tchad et 4 au Mali.", [("turquie", "tchad"), ("turquie", "mali")]),
]


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_shares_of_a_batch(cell: str, text: str, told: list[tuple[str, str, str]]) -> None:
    check_supplies(cell, text, told)


@pytest.mark.parametrize(("cell", "text", "pairs"), NOT_TOLD, ids=[c[0] for c in NOT_TOLD])
def test_no_share_given(cell: str, text: str, pairs: list[tuple[str, str]]) -> None:
    found = _supplies(text)
    for supplier, recipient in pairs:
        assert not _tells(found, supplier, recipient, ANY), cell
    if not pairs:
        assert [f for f in found if f.get("recipient")] == [], cell
