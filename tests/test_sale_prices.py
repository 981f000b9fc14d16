"""A sale told with its price is a purchase the buyer pays the seller (« X a vendu des chars à Y pour un milliard »),
as the same sale told from the buyer's side is; a sum of another clause, a sale to no one named, or a sale denied
pays nothing. Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)


def _purchases(text: str) -> list[Fact]:
    return [f for f in analyse_text(f"Titre\n{text}", PUBLISHED).facts
            if f.kind == "financing" and f.attr("financing_kind") == "purchase"]


def _paid(found: list[Fact], buyer: str, seller: str, value: int, currency: str) -> bool:
    return any({fold(e.label) for e in f.get("funder")} == {buyer} and {fold(e.label) for e in f.get("recipient")}
               == {seller} and any(a.value == Decimal(value) and a.currency == currency for a in f.amounts)
               and f.modality.value in {"asserted", "reported"} for f in found)


@pytest.mark.parametrize(("text", "buyer", "seller", "value", "currency"), [
    ("La Suède a vendu quatre corvettes au Chili pour 900 millions d'euros.", "chili", "suede", 900_000_000,
     "EUR"),
    ("Madrid avait vendu en 2019, pour un montant de 2 milliards d'euros, des blindés et des patrouilleurs à "
     "Rabat, a rappelé le député.", "maroc", "espagne", 2_000_000_000, "EUR"),
    ("L'Allemagne a vendu pour 300 millions d'euros de sous-marins à l'Égypte.", "egypte", "allemagne",
     300_000_000, "EUR"),
])
def test_a_priced_sale_is_paid_by_the_buyer(text: str, buyer: str, seller: str, value: int, currency: str) -> None:
    assert _paid(_purchases(text), buyer, seller, value, currency)


@pytest.mark.parametrize("text", [
    # the sum is of the relative clause's verb, not of the sale
    "La Suède a vendu des corvettes au Chili, qui a versé 900 millions d'euros au Pérou.",
    # no buyer named
    "Leonardo a vendu pour 3 milliards d'euros d'hélicoptères en 2024.",
    # denied, and possible: no purchase told as a fact
    "La Suède n'a pas vendu de corvettes au Chili pour 900 millions d'euros.",
    "La Suède pourrait vendre des corvettes au Chili pour 900 millions d'euros.",
])
def test_no_purchase_paid_where_the_sale_is_not_priced_or_not_told(text: str) -> None:
    assert not _paid(_purchases(text), "chili", "suede", 900_000_000, "EUR")
    assert not any(f.get("funder") and fold(f.get("funder")[0].label) == "chili" and f.modality.value in
                   {"asserted", "reported"} for f in _purchases(text))
