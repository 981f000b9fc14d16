"""Deals told by their count with a sum each (« Deux contrats ont été signés : un premier de N, suivi d'un accord de
M »): two agreements, one sum each; with no party named, the export deal told next (« Il s'agit du plus gros contrat
d'exportation de l'histoire de Y ») gives them their sides: Y and the buyer the article is about. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text

TEXT = ("Titre\nLe Chili a commencé à intégrer de nouvelles corvettes dans sa marine. Deux contrats successifs ont "
        "été signés : un premier de 300 millions de dollars pour quatre corvettes, suivi d'un accord d'environ 700 "
        "millions de dollars pour huit navires supplémentaires. Il s'agit du plus gros contrat d'exportation navale "
        "de l'histoire de la Norvège.")


def _deals(text: str) -> list[tuple[frozenset[str], tuple[int, ...]]]:
    found = analyse_text(text, dt.date(2025, 5, 6)).facts
    return [(frozenset(e.label for e in f.get("party")), tuple(int(a.value) for a in f.amounts))
            for f in found if f.kind == "agreement"]


def test_two_counted_deals_are_two_agreements_with_their_sides_and_sums() -> None:
    sides = frozenset({"Chili", "Norvège"})
    assert sorted(_deals(TEXT)) == [(sides, (300_000_000,)), (sides, (700_000_000,))]


def test_a_count_the_sums_do_not_match_is_one_deal() -> None:
    text = TEXT.replace("suivi d'un accord d'environ 700 millions de dollars", "suivi d'un autre")
    assert len(_deals(text)) == 1


def test_an_export_deal_names_its_exporter() -> None:
    deals = _deals("Titre\nLe Chili a signé le plus gros contrat d'exportation de l'histoire de la Norvège.")
    assert (frozenset({"Chili", "Norvège"}), ()) in deals
