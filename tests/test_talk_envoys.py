"""Talks told by whom a state sends abroad (« a envoyé des responsables à X pour finaliser l'accord », « a dépêché
une délégation à X pour négocier ») and the city a headline gives a visit the body places only in a state
(« ... lors de la visite de X à Lima » over « la visite de X au Pérou »), with the negatives beside them (arms or
troops sent, envoys sent with no talks in view). Sentences and names written for the purpose; checked as the talk
grid checks its cells (tests/test_talk_grid.py)."""

from __future__ import annotations

import pytest

from tests.test_talk_grid import Cell, T, check_cell

GRID = [
    Cell("officials-sent-to-finalise", T + "Le Kenya a envoyé des responsables à Pretoria le 3 mars pour finaliser "
         "l'accord de défense.", [({"Kenya", "Afrique du Sud"}, {"Pretoria"})]),
    Cell("delegation-dispatched-to-negotiate", T + "Le Ghana a dépêché une délégation à Abuja pour négocier un accord "
         "de coopération militaire.", [({"Ghana", "Nigeria"}, {"Abuja"})]),
    Cell("envoy-sent-by-a-capital", T + "Lima a envoyé un émissaire à Brasilia pour discuter de la surveillance des "
         "frontières.", [({"Pérou", "Brésil"}, {"Brasilia"})]),
    Cell("delegation-sent-for-talks-noun", T + "Le Vietnam a dépêché une délégation à Vientiane pour des discussions "
         "sur la sécurité du Mékong.", [({"Vietnam", "Laos"}, {"Vientiane"})]),
    Cell("headline-visit-city-over-body-state", "Ghana-Egypte : trois accords signés lors de la visite de Kofi "
         "Mensah au Caire\nLa visite officielle du président ghanéen, Kofi Mensah, en Egypte, le 18 août, a marqué "
         "le soixantième anniversaire des relations entre les deux pays.", [({"Ghana", "Égypte"}, {"Le Caire"})]),
]

NEGATIVES = [
    Cell("arms-sent", T + "Le Kenya a envoyé des blindés à Pretoria pour renforcer la coopération."),
    Cell("troops-sent", T + "Le Tchad a dépêché des soldats à Niamey pour sécuriser la frontière."),
    Cell("officials-sent-for-a-ceremony", T + "Le Kenya a envoyé des responsables à Pretoria pour assister aux "
         "obsèques."),
]


@pytest.mark.parametrize("cell", [pytest.param(c, id=c.id) for c in GRID + NEGATIVES])
def test_envoy_grid(cell: Cell) -> None:
    check_cell(cell)
