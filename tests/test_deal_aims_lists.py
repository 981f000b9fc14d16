"""Deals and sums as the press words them: a partnership that a purpose clause aims at is no deal made; a list of
givers told with its verb once (« X a promis 40 millions d'euros, Y 6 millions ») gives each a sum in the currency
before. Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.money import find_amounts
from tests.test_deals import facts


def _sums(text: str) -> list[tuple[Decimal, str]]:
    return [(m.amount.value, m.amount.currency) for m in find_amounts(text) if not m.conversion]


@pytest.mark.parametrize(("text", "sums"), [
    ("Pour l'heure, le Japon a promis 40 millions d'euros, l'Italie 6 millions (surtout en équipements), et le "
     "Qatar une contribution de 30 millions de dollars.",
     [(Decimal("4e7"), "EUR"), (Decimal("6e6"), "EUR"), (Decimal("3e7"), "USD")]),
    ("Le Canada a versé 12 millions de dollars, la Norvège 3 millions, et le Danemark 2 millions.",
     [(Decimal("1.2e7"), "USD"), (Decimal("3e6"), "USD"), (Decimal("2e6"), "USD")]),
])
def test_each_giver_of_a_list_with_one_verb_gives_a_sum_in_the_currency_before(
        text: str, sums: list[tuple[Decimal, str]]) -> None:
    assert _sums(text) == sums


@pytest.mark.parametrize("text", [
    "Le Japon a promis 40 millions d'euros, la Corée 12 millions d'habitants.",
    "Le Japon a versé 40 millions d'euros, l'Italie ayant déjà reçu 6 millions.",
    "Le Japon a versé 40 millions d'euros, l'Italie compte 6 millions.",
    "Le contrat vaut 40 millions d'euros, soit 6 millions par navire.",
])
def test_a_bare_number_that_is_no_gapped_giver_s_is_no_sum(text: str) -> None:
    assert len(_sums(text)) == 1


@pytest.mark.parametrize("text", [
    "Le président chilien a reçu mardi le ministre grec de la Défense à Santiago. Lors de cet entretien, le "
    "président a affirmé que cette visite permettrait de rehausser la coopération bilatérale pour en faire un "
    "partenariat stratégique tourné vers l'avenir.",
    "Le Chili et la Grèce veulent approfondir leurs liens afin de bâtir une alliance durable.",
])
def test_a_deal_a_purpose_clause_aims_at_is_no_deal_made(text: str) -> None:
    assert facts(text, "agreement") == []


def test_a_deal_signed_for_a_purpose_is_a_deal() -> None:
    text = "La Grèce et le Chili ont signé un accord pour bâtir un partenariat stratégique."
    assert [sorted(e.label for e in f.get("party")) for f in facts(text, "agreement")] == [["Chili", "Grèce"]]
