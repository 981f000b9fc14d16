"""One firm under two names makes no deal with itself: a firm and the name it bore before it was renamed, or a firm
and the group it belongs to, are one side of an agreement (kg.extract.same_firms); two firms that are not one still
sign with each other. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def _deals(text: str) -> list[frozenset[str]]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return [frozenset(e.label for _, e in f.roles) for f in found if f.kind == "agreement"]


def test_a_firm_and_its_renamed_self_sign_no_deal() -> None:
    assert _deals("Nexter a signé un accord de coopération avec KNDS France.") == []


def test_a_renamed_maker_and_the_group_of_its_new_name_sign_no_deal() -> None:
    assert _deals("Krauss-Maffei Wegmann a conclu un accord avec KNDS.") == []


def test_a_group_and_its_member_named_together_are_one_side_of_a_state_deal() -> None:
    deals = _deals("La Norvège a signé un contrat avec KNDS et Krauss-Maffei Wegmann pour des chars.")
    assert deals == [frozenset({"Norvège", "KNDS"})]


def test_two_distinct_firms_still_sign_with_each_other() -> None:
    assert _deals("Nexter a signé un accord de coopération avec Rheinmetall.") == \
        [frozenset({"Nexter", "Rheinmetall"})]
