"""A headline that tells a state's sale of a counted lot to another state (« X vend quatre corvettes à Y ») tells a
deal between them, deal word or not; a sale with no number (a trade), or one told in the body, does not. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text


def _deals(text: str) -> list[frozenset[str]]:
    found = analyse_text(text, dt.date(2025, 6, 2)).facts
    return [frozenset(e.label for _, e in f.roles) for f in found if f.kind == "agreement" and
            f.modality.value in {"asserted", "reported"}]


def test_a_headline_sale_of_a_counted_lot_between_states_is_a_deal() -> None:
    deals = _deals("La Suède vend quatre corvettes à la Thaïlande\n\nLes navires, retirés du service l'an dernier, "
                   "seront remis en état avant leur départ.")
    assert frozenset({"Suède", "Thaïlande"}) in deals


def test_a_headline_sale_with_no_number_is_no_deal() -> None:
    deals = _deals("La Suède vend des armes à la Thaïlande\n\nLes exportations suédoises ont doublé en dix ans.")
    assert frozenset({"Suède", "Thaïlande"}) not in deals


def test_a_sale_of_a_counted_lot_told_in_the_body_is_no_deal_of_its_own() -> None:
    deals = _deals("Exportations navales\n\nLa Suède vend quatre corvettes à la Thaïlande, selon un rapport.")
    assert frozenset({"Suède", "Thaïlande"}) not in deals
