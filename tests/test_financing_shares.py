"""Sums told after a deal or a financing: the worth of a contract pointed back to is no payment of its own; the shares
of a financing are paid by and to its sides. Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

from tests.test_deals import facts


def sides(text: str) -> list[tuple[set[str], set[str], list[Decimal]]]:
    return [({e.label for e in f.get("funder")}, {e.label for e in f.get("recipient")}, [a.value for a in f.amounts])
            for f in facts(text, "financing")]


def test_the_sum_a_contract_pointed_back_to_comes_to_is_its_worth_not_a_grant() -> None:
    text = ("L'Indonésie a commandé six sous-marins à la Corée du Sud. Le contrat s'élève à 900 millions de dollars, "
            "selon le ministère.")
    assert facts(text, "financing") == []
    assert [a.value for f in facts(text, "agreement") for a in f.amounts] == [Decimal(900_000_000)]


def test_an_aid_the_sentence_after_a_deal_names_with_its_giver_stays_a_financing() -> None:
    text = ("Le Japon a signé un accord avec les Philippines. Le Japon accorde en outre un prêt de 90 millions de "
            "dollars aux Philippines.")
    assert [(f, r) for f, r, _ in sides(text)] == [({"Japon"}, {"Philippines"})]


def test_the_shares_of_a_financing_told_before_have_its_funder_and_recipient() -> None:
    text = ("La Banque mondiale accorde 120 millions d'euros au Togo pour ses réformes. Parmi ce financement, "
            "90 millions d'euros sont accordés par un prêt, et 30 millions d'euros de don.")
    found = sides(text)
    assert ({"Banque mondiale"}, {"Togo"}, [Decimal(120_000_000)]) in found
    assert ({"Banque mondiale"}, {"Togo"}, [Decimal(90_000_000), Decimal(30_000_000)]) in found


def test_a_larger_sum_told_after_a_financing_is_no_share_of_it() -> None:
    text = ("La Banque mondiale accorde 120 millions d'euros au Togo pour ses réformes. Au total, 500 millions "
            "d'euros sont accordés par un prêt.")
    assert all(not f for f, _, amounts in sides(text) if Decimal(500_000_000) in amounts)
