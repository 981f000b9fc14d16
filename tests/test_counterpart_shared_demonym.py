"""« son homologue congolais » of a leader of the state the shared demonym usually names: the counterpart is of
the other state that shares the form (a counterpart is never of one's own state). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import negotiation_sides
from tests.test_extractors import PUBLISHED

DRC, CONGO = "République démocratique du Congo", "République du Congo"


def talk_sides(text: str) -> list[set[str]]:
    return negotiation_sides(text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "Le Premier ministre de la RDC a reçu jeudi son homologue congolais, Anatole Collinet Makosso.",
    "Le ministre des Affaires étrangères de la République démocratique du Congo s'est entretenu mardi avec son "
    "homologue congolais, Jean-Claude Gakosso.",
    "La ministre de la Défense de la RDC a rencontré lundi sa homologue congolaise pour parler du fleuve.",
])
def test_the_counterpart_of_a_drc_official_told_congolais_is_of_the_other_congo(text: str) -> None:
    assert talk_sides(text) == [{DRC, CONGO}]


@pytest.mark.parametrize("text, sides", [
    # the host state is a visited place, not the side of the one who speaks: « congolais » keeps its usual sense
    ("En visite en RDC, le président angolais a rencontré son homologue congolais, Félix Tshisekedi.",
     {"Angola", DRC}),
    # no counterpart noun: the minister is of the state the sentence names
    ("Le président de la RDC a reçu le ministre congolais des Mines.", None),
])
def test_a_congolais_that_is_no_counterpart_of_a_drc_official_keeps_its_sense(text: str,
                                                                              sides: set[str] | None) -> None:
    found = talk_sides(text)
    if sides is None:
        assert all(CONGO not in s for s in found), found
    else:
        assert found == [sides]
