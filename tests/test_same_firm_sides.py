"""One firm under two names makes no deal with itself: a firm and the name it bore before it was renamed, or a firm
and the group it belongs to, are one side of an agreement (kg.extract.same_firms); two firms that are not one still
sign with each other. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import deals_told


def test_a_firm_and_its_renamed_self_sign_no_deal() -> None:
    assert deals_told("Nexter a signé un accord de coopération avec KNDS France.") == []


def test_a_renamed_maker_and_the_group_of_its_new_name_sign_no_deal() -> None:
    assert deals_told("Krauss-Maffei Wegmann a conclu un accord avec KNDS.") == []


def test_a_group_and_its_member_named_together_are_one_side_of_a_state_deal() -> None:
    deals = deals_told("La Norvège a signé un contrat avec KNDS et Krauss-Maffei Wegmann pour des chars.")
    assert deals == [frozenset({"Norvège", "KNDS"})]


def test_two_distinct_firms_still_sign_with_each_other() -> None:
    assert deals_told("Nexter a signé un accord de coopération avec Rheinmetall.") == \
        [frozenset({"Nexter", "Rheinmetall"})]
