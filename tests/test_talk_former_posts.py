"""Talks with one who held a post before (« l'ancien président américain X », « l'ex-ministre italien de la
Défense X »): the state of the former post names no side of today's talks, while the state of a post held now
(« le président libérien X », beside it) still does. Sentences and names written for the purpose; checked as the
talk grid checks its cells (tests/test_talk_grid.py)."""

from __future__ import annotations

import pytest

from tests.test_talk_grid import Cell, T, check_cell

GRID = [
    Cell("former-beside-current", T + "Le président togolais a reçu lundi à Lomé l'ancien Premier ministre portugais "
         "Rui Costa et le président béninois Paul Adjovi.", [({"Togo", "Bénin"}, {"Lomé"})],
         absent={"Portugal"}),
    Cell("current-post-stays", T + "Le président malien a reçu mardi à Bamako le président nigérien Ali Moussa.",
         [({"Mali", "Niger"}, {"Bamako"})]),
]

NEGATIVES = [
    Cell("former-president-received", T + "Le président ivoirien a reçu jeudi à Abidjan l'ancien président "
         "français Jacques Durand."),
    Cell("former-minister-received", T + "Le président kényan a reçu vendredi à Nairobi l'ex-ministre britannique "
         "de la Défense John Smith."),
    Cell("former-post-of-a-country-named", T + "Le roi a reçu mardi à Rabat l'ancien ministre de la Défense du "
         "Sénégal."),
]


@pytest.mark.parametrize("cell", [pytest.param(c, id=c.id) for c in GRID + NEGATIVES])
def test_former_post_grid(cell: Cell) -> None:
    check_cell(cell)
