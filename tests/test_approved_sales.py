"""A sale an authority approves is a deal told with its price: « X a approuvé la vente de W à Y ..., pour un coût
estimé à N » (the price hung on the verb of approval); a sale that may yet be approved, or one only « potentielle »,
prices no deal told as a fact. Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kg.pipeline import analyse_text
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)


def _deal_sums(text: str) -> set[tuple[frozenset[str], Decimal, str]]:
    """The sums of the deals and purchases told as facts (asserted or reported, what the queries show), with their
    sides (a deal of one side told is a purchase)."""
    return {(frozenset(fold(e.label) for role in ("party", "funder", "recipient") for e in f.get(role)), a.value,
             a.currency) for f in analyse_text(f"Titre\n{text}", PUBLISHED).facts
            if f.kind in {"agreement", "financing"} and f.modality.value in {"asserted", "reported"}
            for a in f.amounts}


@pytest.mark.parametrize(("text", "buyer", "value"), [
    ("Le Département d'État a validé la fourniture de douze hélicoptères à la Colombie, armés par des missiles "
     "antichars, pour un coût estimé à 640 millions de dollars.", "colombie", 640_000_000),
])
def test_an_approved_sale_is_a_deal_for_its_price(text: str, buyer: str, value: int) -> None:
    assert any(buyer in parties and amount == Decimal(value) and currency == "USD"
               for parties, amount, currency in _deal_sums(text))


@pytest.mark.parametrize("text", [
    # the approval is itself only possible
    "La vente potentielle de radars au Pérou pour 210 millions de dollars pourrait être approuvée.",
    # a sale only possible by its own adjective stays possible once approved: no deal told as a fact
    "La vente potentielle de radars au Pérou pour 210 millions de dollars a été approuvée.",
    # the cost is of the training, told by no noun of sale
    "Le Département d'État a validé la formation de pilotes colombiens pour un coût estimé à 640 millions de dollars.",
])
def test_a_sale_not_approved_prices_no_deal(text: str) -> None:
    assert not _deal_sums(text)
