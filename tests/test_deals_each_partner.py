"""Contracts in the plural that one side signs with coordinated partners (« avec B et C », « auprès de B et de
C »): one deal per partner; one contract with them stays one. Sentences and names written for these tests."""

from __future__ import annotations

from tests.test_deal_patterns import agreements


def _pairs(text: str) -> list[list[str]]:
    return sorted(sorted(parties) for parties in agreements(text))


def test_contracts_one_side_signs_with_coordinated_partners_are_one_deal_each() -> None:
    text = "Le groupe Saab a signé des contrats avec le Ghana, le Togo et le Bénin."
    assert _pairs(text) == [["benin", "saab"], ["ghana", "saab"], ["saab", "togo"]]


def test_contracts_counted_by_their_worth_with_coordinated_partners_are_one_deal_each() -> None:
    text = "Le groupe Saab a conclu 90 millions d'euros de contrats auprès du Ghana et du Togo."
    assert _pairs(text) == [["ghana", "saab"], ["saab", "togo"]]


def test_one_contract_with_coordinated_partners_stays_one() -> None:
    text = "Le groupe Saab a signé un contrat avec le Ghana et le Togo."
    assert _pairs(text) == [["ghana", "saab", "togo"]]


def test_the_one_side_may_be_the_subject_that_says_it_signed() -> None:
    text = "Le groupe Saab a révélé avoir conclu des contrats avec le Ghana et le Togo."
    assert _pairs(text) == [["ghana", "saab"], ["saab", "togo"]]
