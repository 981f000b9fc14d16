"""A deed coordinated with a cancelled or refused one is told for itself;
two officials who sign together at a ceremony meet there. Sentences and names
written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_talk_grid import Cell, check_cell

T = "Une dépêche\n\n"

CELLS = [
    Cell("cancelled-trip-then-call", T + "Le ministre letton Karlis Ozols annule son voyage à Oslo et s'entretient "
         "avec le Premier ministre norvégien Ola Berg.", [({"Lettonie", "Norvège"}, None)]),
    Cell("cancelled-visit-but-talked", T + "Le ministre letton Karlis Ozols a annulé sa visite à Oslo mais s'est "
         "entretenu par téléphone avec le Premier ministre norvégien Ola Berg.", [({"Lettonie", "Norvège"}, None)]),
    Cell("refused-to-meet-and-talk", T + "Le ministre letton a refusé de rencontrer le Premier ministre norvégien et "
         "de négocier avec lui."),
    Cell("denied-having-met", T + "Le ministre letton dément avoir rencontré le Premier ministre norvégien à Oslo."),
    Cell("signed-with-official-at-ceremony", T + "Le ministre letton de la Défense, Karlis Ozols, a signé le pacte "
         "avec la ministre norvégienne de la Défense, Kari Berg, lors d'une cérémonie tenue mardi à Oslo.",
         [({"Lettonie", "Norvège"}, {"Oslo"})]),
    Cell("states-signed-at-ceremony", T + "La Lettonie a signé le pacte avec la Norvège lors d'une cérémonie à Oslo."),
    Cell("signed-with-official-no-ceremony", T + "Le ministre letton de la Défense a signé le pacte avec la ministre "
         "norvégienne de la Défense."),
    Cell("signed-with-ambassador-at-ceremony", T + "Le ministre letton de la Défense a signé le pacte avec "
         "l'ambassadeur norvégien lors d'une cérémonie à Riga."),
    Cell("cancelled-talks", T + "Le ministre letton a annulé sa rencontre avec le Premier ministre norvégien."),
]


@pytest.mark.parametrize("cell", [pytest.param(c, id=c.id) for c in CELLS])
def test_talks_beside_refusals_and_signings(cell: Cell) -> None:
    check_cell(cell)
