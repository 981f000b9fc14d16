"""A loan granted between two named sides (« X a accordé un prêt de N à Y ») is also a deal between lender and
borrower, told the same way; a gift or an aid is no deal, nor a loan only considered or asked for. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text
from kg.records import Fact


def _facts(text: str) -> list[Fact]:
    return analyse_text(f"Titre\n{text}", dt.date(2025, 3, 4)).facts


def _deals(text: str) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(e.label for e in f.get("party")), f.modality.value) for f in _facts(text)
            if f.kind == "agreement"]


def test_a_loan_granted_to_a_state_is_a_deal_between_lender_and_borrower() -> None:
    deals = _deals("Le Japon a accordé mardi un prêt de 300 millions de dollars au Kenya pour ses ports.")
    assert deals == [(frozenset({"Japon", "Kenya"}), "asserted")]


def test_a_loan_granted_to_a_bank_of_states_is_a_deal_with_it() -> None:
    deals = _deals("La Norvège accorde un prêt de 50 millions d'euros à la Banque africaine de développement.")
    assert deals == [(frozenset({"Norvège", "Banque africaine de développement"}), "asserted")]


def test_the_deal_of_a_loan_has_its_sum() -> None:
    deals = [f for f in _facts("Le Japon a accordé un prêt de 300 millions de dollars au Kenya.")
             if f.kind == "agreement"]
    assert [(a.value, a.currency) for f in deals for a in f.amounts] == [(300_000_000, "USD")]


def test_a_gift_is_no_deal() -> None:
    assert _deals("Le Japon a accordé un don de 30 millions de dollars au Kenya pour ses écoles.") == []


def test_an_aid_is_no_deal() -> None:
    assert _deals("Le Japon a versé une aide de 30 millions de dollars au Kenya.") == []


def test_a_loan_only_considered_is_no_deal() -> None:
    assert _deals("Le Japon envisage d'accorder un prêt de 300 millions de dollars au Kenya.") == []


def test_a_loan_with_no_borrower_named_is_no_deal() -> None:
    assert _deals("Le Japon a accordé cette année des prêts pour 300 millions de dollars.") == []
