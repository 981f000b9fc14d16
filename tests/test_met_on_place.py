"""The one met that the parser makes a conjunct of the place of the meeting told before it (« a reçu, mardi à son
bureau, l'ambassadeur de A »): a side of the talks; what is received there and is no one (goods) makes no talks.
Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_extractors import Case, check, params

MET_ON_PLACE = [
    Case("one-met-after-the-place", "Le ministre camerounais de la Défense a reçu, mardi à son cabinet de travail, "
         "l'ambassadeur d'Inde.", "negotiation", {"participant": {"Cameroun", "Inde"}}),
]


@pytest.mark.parametrize("case", params(MET_ON_PLACE))
def test_the_one_met_hung_on_the_place_is_a_side(case: Case) -> None:
    check(case)


def test_each_one_met_after_the_place_is_met_apart() -> None:
    from kg.pipeline import analyse_text

    found = analyse_text("Le ministre camerounais de la Défense a reçu successivement, mardi à son cabinet de "
                         "travail, l'ambassadeur d'Inde, accompagné de son attaché, et l'ambassadeur du Japon, "
                         "M. Tanaka.")
    sides = sorted(sorted(e.label for e in f.get("participant")) for f in found.facts if f.kind == "negotiation")
    assert sides == [["Cameroun", "Inde"], ["Cameroun", "Japon"]]


def test_goods_received_at_an_office_make_no_talks() -> None:
    from kg.pipeline import analyse_text

    found = analyse_text("Le ministre camerounais a reçu, mardi à son bureau, des caisses de munitions.")
    assert not [f for f in found.facts if f.kind == "negotiation"]
