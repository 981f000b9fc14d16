"""Sums told apart from the deal or gift they price: an approved sale whose price the parser hangs on the last
thing of a long list, or on the verb of a passive approval; « le tout » priced a few sentences after a gift, or at
the end of a sentence it opens; a sum restated in another currency with « soit » and no comma; a sale split into
lots (« un autre ») whose second part names no price. Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kg.pipeline import analyse_text
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)


def _sums(text: str) -> set[tuple[frozenset[str], Decimal, str]]:
    """The sums of the deals and financings told as facts, with their sides."""
    return {(frozenset(fold(e.label) for role in ("party", "funder", "recipient") for e in f.get(role)), a.value,
             a.currency) for f in analyse_text(f"Titre\n{text}", PUBLISHED).facts
            if f.kind in {"agreement", "financing"} and f.modality.value in {"asserted", "reported"}
            for a in f.amounts}


def _values(text: str) -> set[tuple[Decimal, str]]:
    return {(value, currency) for _, value, currency in _sums(text)}


@pytest.mark.parametrize(("text", "value"), [
    # the worth hangs on the last thing listed after the sale
    ("Le département d'État a approuvé la vente au Chili de munitions pour des avions, ainsi que de radars, de "
     "missiles et d'équipements connexes, pour un montant supérieur à 2,3 milliards de dollars.", 2_300_000_000),
    # the sale is the passive subject of the approval, the worth hangs on the verb
    ("Par ailleurs, une vente au Ghana portant sur des pièces détachées, des munitions et des équipements associés "
     "a été approuvée, pour un montant estimé à 45,5 millions de dollars.", 45_500_000),
])
def test_the_price_of_an_approved_sale_told_after_a_long_list(text: str, value: int) -> None:
    assert (Decimal(value), "USD") in _values(text)


def test_a_sale_split_into_lots_keeps_the_price_told_before_the_other_lot() -> None:
    text = ("Washington a approuvé de nouvelles ventes d'armes au Maroc. La nouvelle vente au Maroc, d'un montant "
            "total de 3,2 milliards de dollars, comprend deux lots, dont un portant sur 20 hélicoptères, et un "
            "autre sur 500 camions.")
    assert (Decimal(3_200_000_000), "USD") in _values(text)


@pytest.mark.parametrize("text", [
    # the gift two sentences before, a sentence about the aircraft between
    "Le Japon a offert deux avions de patrouille au Sénégal. La cérémonie de remise s'est tenue mardi à Dakar. "
    "Deux appareils qui peuvent emporter chacun douze passagers. Le tout d'une valeur estimée à 6 millions de "
    "dollars.",
    # « le tout » opens the sentence, its worth ends it
    "L'Italie a offert dix véhicules blindés au Liban. Le tout est accompagné de radios et de gilets, pour un "
    "montant total de 6 millions de dollars.",
])
def test_the_whole_priced_after_a_gift_is_a_grant(text: str) -> None:
    assert (Decimal(6_000_000), "USD") in _values(text)


def test_a_deal_told_after_the_gift_is_what_the_whole_prices() -> None:
    text = ("Le Japon a offert deux avions de patrouille au Sénégal. Le Sénégal a ensuite signé avec la France un "
            "contrat pour quatre vedettes. La cérémonie s'est tenue mardi. Des bateaux qui emportent douze marins. "
            "Le tout d'une valeur estimée à 6 millions de dollars.")
    assert not any(parties == frozenset({"japon", "senegal"}) for parties, _, _ in _sums(text))


def test_a_sum_restated_with_soit_and_no_comma_is_one_sum() -> None:
    text = ("La Chine a offert des véhicules blindés au Niger. Le tout d'une valeur de 8 millions de dollars soit "
            "près de 5 milliards de francs CFA.")
    values = _values(text)
    assert (Decimal(8_000_000), "USD") in values
    assert not any(currency in {"XOF", "XAF"} for _, currency in values)
