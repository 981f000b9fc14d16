"""« Un accord conclu avec A et B » with no signer named: A and B are both the others of a side left unsaid, not
parties to a deal with each other; a signer named, or « entre A et B », still gives the deal. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def _deals(text: str) -> list[frozenset[str]]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return [frozenset(e.label for _, e in f.roles) for f in found if f.kind == "agreement"]


def test_the_partners_of_an_unsaid_signer_sign_nothing_with_each_other() -> None:
    assert _deals("Un accord de prêt a été conclu avec le Japon et l'Inde.") == []


def test_a_deal_told_again_with_two_partners_does_not_pair_them() -> None:
    deals = _deals("La Norvège a annoncé jeudi un contrat pour des frégates. Cet accord conclu avec la France et "
                   "l'Allemagne est le plus important de son histoire.")
    assert frozenset({"France", "Allemagne"}) not in deals


def test_a_named_signer_still_deals_with_its_partners() -> None:
    assert _deals("Le Ghana a signé un accord avec le Togo et le Bénin.") == [frozenset({"Ghana", "Togo", "Bénin"})]


def test_a_deal_between_two_states_still_stands() -> None:
    assert _deals("Un accord de défense a été conclu entre le Japon et l'Inde.") == [frozenset({"Japon", "Inde"})]
    assert _deals("Le Japon a conclu un accord de prêt avec l'Inde.") == [frozenset({"Japon", "Inde"})]
