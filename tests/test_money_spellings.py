"""Spellings of a sum the parser reads: a round number told as a collective noun (« une vingtaine de millions
d'euros »), a dollar sign with the country's letters before it after a scale (« 300 millions US$ »). Sentences
written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.money import find_amounts
from tests.test_deals import facts


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("La Norvège a commandé des radars pour une vingtaine de millions d'euros.", Decimal("20e6"), "EUR"),
    ("Le contrat, d'une centaine de millions de dollars, a été signé lundi.", Decimal("100e6"), "USD"),
    ("Le programme est estimé à environ une dizaine de milliards de couronnes suédoises.", Decimal("10e9"), "SEK"),
    ("Le Pérou a versé une quarantaine de millions de dollars.", Decimal("40e6"), "USD"),
    ("une douzaine de millions de livres sterling", Decimal("12e6"), "GBP"),
])
def test_a_round_number_told_as_a_collective_noun_is_an_approximate_sum(text: str, value: Decimal,
                                                                        currency: str) -> None:
    (found,) = find_amounts(text)
    assert (found.amount.value, found.amount.currency, found.amount.approximate) == (value, currency, True)


@pytest.mark.parametrize("text", [
    "Une semaine de millions de dollars de ventes a suivi.",  # no number word before « -aine »
    "Une centaine de soldats sont arrivés.",  # a collective noun of people, no sum
    "Des dizaines de millions de dollars ont été dépensés.",  # no number at all
    "Le capitaine a reçu une prime.",
])
def test_a_collective_noun_of_no_number_or_no_sum_is_none(text: str) -> None:
    assert [s.amount.value for s in find_amounts(text)] == []


@pytest.mark.parametrize(("text", "value"), [
    ("un prêt de 300 millions US$ accordé hier", Decimal("300e6")),
    ("une ligne de crédit de 2,5 milliards US$ (environ 2,3 milliards d'euros)", Decimal("2.5e9")),
])
def test_a_dollar_sign_after_country_letters_keeps_the_scale(text: str, value: Decimal) -> None:
    assert (find_amounts(text)[0].amount.value, find_amounts(text)[0].amount.currency) == (value, "USD")


@pytest.mark.parametrize(("text", "value"), [
    ("un contrat de 5 Md€", Decimal("5e9")),
    ("un achat de 3 M$", Decimal("3e6")),
])
def test_a_scale_inside_the_symbol_still_scales(text: str, value: Decimal) -> None:
    (found,) = find_amounts(text)
    assert found.amount.value == value


def test_a_deal_priced_with_a_collective_noun_has_that_worth() -> None:
    found = facts("Le Chili a signé avec la Suède un contrat pour des corvettes, d'une trentaine de millions "
                  "d'euros.", "agreement")
    assert {(a.value, a.currency) for f in found for a in f.amounts} == {(Decimal("30e6"), "EUR")}


@pytest.mark.parametrize(("text", "value"), [
    ("La commande atteint 2.375 milliards de dollars selon le ministère.", Decimal("2.375e9")),
    ("un marché de 4.615 millions d'euros", Decimal("4.615e6")),
    ("un programme de 6.500 milliards de wons", Decimal("6500e9")),  # a round group: thousands
    ("un chiffre d'affaires de 3.200,5 millions d'euros", Decimal("3200.5e6")),  # a decimal comma after it
    ("une facture de 12.450 euros", Decimal("12450")),  # no scale word: thousands
])
def test_a_dot_before_a_scale_word_is_read_by_the_figure_shape(text: str, value: Decimal) -> None:
    (found,) = find_amounts(text)
    assert found.amount.value == value
