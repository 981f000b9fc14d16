"""Sums told apart from the words of their deal: a worth that opens the sentence after the deal (« D'un montant de X,
il couvre ... »), a conversion in brackets after a closing quote, « dollars US », a scale word misspelt.
Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.money import find_amounts
from tests.test_deals import facts


def _sums(text: str) -> list[tuple[Decimal, str]]:
    return [(a.value, a.currency) for f in facts(text, "agreement") for a in f.amounts]


@pytest.mark.parametrize("text", [
    "Mardi, la marine chilienne a signé un contrat avec le chantier Navantia pour trois corvettes. D'un montant de "
    "600 millions d'euros, il couvre aussi la formation des équipages.",
    "Mardi, la marine chilienne a signé un contrat avec le chantier Navantia pour trois corvettes. "
    "D\u2019un montant de 600 millions d'euros celui-ci comprend aussi la formation des équipages.",
])
def test_a_worth_that_opens_the_sentence_after_a_deal_is_the_deal_s(text: str) -> None:
    assert _sums(text) == [(Decimal("600000000"), "EUR")]


def test_a_fronted_worth_after_no_deal_is_no_deal_s() -> None:
    text = ("La marine chilienne a reçu hier la visite du ministre. D'un montant de 600 millions d'euros, il couvre "
            "aussi la formation des équipages.")
    assert _sums(text) == []


def test_a_bracketed_conversion_after_a_closing_quote_is_the_sum_s_equivalent() -> None:
    for text in ('le coût est "évalué à 2,4 milliards de dollars" (2,2 milliards d\'euros), selon le ministère',
                 "le coût est « évalué à 2,4 milliards de dollars » (2,2 milliards d'euros)"):
        original, conversion = find_amounts(text)
        assert original.amount.equivalent is not None
        assert (original.amount.equivalent.value, original.amount.equivalent.currency) == (Decimal("2.2e9"), "EUR")
        assert conversion.conversion


def test_us_dollars_after_another_dollar_are_us_dollars() -> None:
    first, later = find_amounts("5 millions de dollars canadiens, puis 8 millions de dollars US")
    assert (first.amount.currency, later.amount.currency) == ("CAD", "USD")


def test_a_scale_word_with_a_letter_dropped_is_still_the_scale() -> None:
    sums = [(s.amount.value, s.amount.currency) for s in find_amounts("320 mllions de dollars et 3 milards d'euros")]
    assert sums == [(Decimal("320000000"), "USD"), (Decimal("3000000000"), "EUR")]


def test_the_indian_scale_words_count_crores_and_lakhs() -> None:
    sums = [(s.amount.value, s.amount.currency) for s in find_amounts(
        "une commande de 1 200 crores de roupies indiennes, puis une autre de 35 lakhs de roupies indiennes")]
    assert sums == [(Decimal("12000000000"), "INR"), (Decimal("3500000"), "INR")]


@pytest.mark.parametrize("text", [
    "L'Égypte a signé un contrat avec Airbus pour six hélicoptères. Le ministre a obtenu une baisse du prix de 90 "
    "millions d'euros à 75 millions d'euros.",
    "Le Maroc a signé un contrat avec Airbus pour six hélicoptères. Le ministre a obtenu une réduction du prix "
    "initial de 90 millions d'euros à 75 millions d'euros.",
])
def test_a_price_lowered_from_one_sum_to_another_comes_to_the_second(text: str) -> None:
    assert (Decimal("75000000"), "EUR") in _sums(text)
    assert (Decimal("90000000"), "EUR") not in _sums(text)
