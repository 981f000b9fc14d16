"""Two deals between the same sides, each told with its own worth, are two deals; one worth told twice, or
worths in two currencies, tell one. Sentences and names written for these tests."""

from __future__ import annotations

from tests.test_deal_patterns import agreements, facts


def _pairs(text: str) -> list[list[str]]:
    return sorted(sorted(parties) for parties in agreements(text))


def _worths(text: str) -> list[set[int]]:
    return sorted({int(a.value) for a in f.amounts} for f in facts(text, "agreement"))


def test_two_deals_between_the_same_sides_each_with_its_own_worth_are_two() -> None:
    text = "Le Canada et le Pérou ont signé mardi un accord de 300 millions de dollars. En mars, le Canada et le " \
        "Pérou avaient signé un accord de 2 milliards de dollars sur dix ans."
    assert _pairs(text) == [["canada", "perou"], ["canada", "perou"]]
    assert _worths(text) == [{300_000_000}, {2_000_000_000}]


def test_one_deal_told_twice_with_one_worth_stays_one() -> None:
    text = "Le Canada et le Pérou ont signé mardi un accord de 300 millions de dollars. Le Canada et le Pérou " \
        "ont signé un accord d'environ 300 millions de dollars à Lima."
    assert _pairs(text) == [["canada", "perou"]]


def test_worths_in_two_currencies_do_not_tell_two_deals() -> None:
    text = "Le Canada et le Pérou ont signé mardi un accord de 300 millions de dollars. Le Canada et le Pérou " \
        "ont signé un accord de 280 millions d'euros."
    assert _pairs(text) == [["canada", "perou"]]
