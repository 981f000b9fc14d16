"""Talks told by whom a state sends abroad (« a envoyé des responsables à X pour finaliser l'accord », « a dépêché
une délégation à X pour négocier ») and the city a headline gives a visit the body places only in a state
(« ... lors de la visite de X à Lima » over « la visite de X au Pérou »), the one received set off after the room
(« a reçu, dans son bureau, l'ambassadeur de X »), a stay (« en séjour de travail à X »), a capital named by
a demonym, the head of a state's body received, with the negatives beside them (arms or
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
    # --- the one received, set off by commas after the room it is received in, which the parser hangs it on
    Cell("audience-in-office-set-off", T + "Le ministre brésilien de la Défense a reçu en audience, dans son bureau, "
         "l'ambassadeur d'Uruguay.", [({"Brésil", "Uruguay"}, set())]),
    # --- a stay of work (« en séjour de travail à X ») places talks as a visit does, the city on the visit's kind
    Cell("stay-of-work-in-a-city", T + "Le ministre burundais de la Défense, en séjour de travail à Dodoma, a eu des "
         "discussions avec son homologue tanzanien.", [({"Burundi", "Tanzanie"}, {"Dodoma"})]),
    # --- « dans la capitale X » where the parser reads the demonym as a bare name hung on the noun
    Cell("fronted-capital-by-demonym", T + "Dans la capitale ougandaise, le ministre sud-soudanais de la Défense a "
         "rencontré son homologue ougandais.", [({"Soudan du Sud", "Ouganda"}, {"Kampala"})]),
    # --- the head of a state's body received (« le chef d'état-major des armées X »): a side of its state
    Cell("chief-of-a-body-received", T + "Le président guinéen a reçu jeudi à Conakry le chef d'état-major des "
         "armées sierra-léonaises.", [({"Guinée", "Sierra Leone"}, {"Conakry"})]),
]

NEGATIVES = [
    Cell("arms-sent", T + "Le Kenya a envoyé des blindés à Pretoria pour renforcer la coopération."),
    Cell("troops-sent", T + "Le Tchad a dépêché des soldats à Niamey pour sécuriser la frontière."),
    Cell("officials-sent-for-a-ceremony", T + "Le Kenya a envoyé des responsables à Pretoria pour assister aux "
         "obsèques."),
    Cell("report-received-in-office", T + "Le Premier ministre a reçu, dans son bureau, le rapport de l'ambassadeur "
         "d'Uruguay."),
    Cell("goods-for-a-body-received", T + "Le président guinéen a reçu des équipements destinés à l'armée "
         "sierra-léonaise."),
]


@pytest.mark.parametrize("cell", [pytest.param(c, id=c.id) for c in GRID + NEGATIVES])
def test_envoy_grid(cell: Cell) -> None:
    check_cell(cell)
