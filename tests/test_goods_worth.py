"""The worth of matériel handed over is the price of a deal between the sides of the handover: told in the sentence
of the supply (« ..., ainsi que des équipements d'une valeur de X », « importé (acheté) ..., pour un montant de X »)
or in a later sentence that points back to the matériel (« Ces blindés, d'un montant de X, iront à ... »).
Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_deals import facts
from tests.test_modality import fold


def _priced(text: str) -> set[tuple[frozenset[str], Decimal]]:
    return {(frozenset(fold(p.label) for p in f.get("party")), a.value)
            for f in facts(text, "agreement") for a in f.amounts}


@pytest.mark.parametrize(("text", "sides", "value"), [
    ("Le Canada a cédé un patrouilleur baptisé Aurora Bay au Ghana, ainsi qu'un lot de carburant et des pièces "
     "d'une valeur de 3 milliards de yens.", {"canada", "ghana"}, 3_000_000_000),
    ("Selon lui, Madrid a déjà importé des radars Vigil du Portugal, pour un montant de 30 millions de dollars.",
     {"espagne", "portugal"}, 30_000_000),
    ("La Belgique a livré huit véhicules blindés au Bénin. Ces véhicules, d'un montant total de 200 millions de "
     "FCFA, rejoindront le bataillon du génie.", {"belgique", "benin"}, 200_000_000),
    # a purchase priced as a sale is: the buyer and the one it buys from
    ("Le Pérou va acheter 12 obusiers à l'Espagne pour un montant de 45 millions d'euros, a indiqué jeudi le "
     "ministère péruvien.", {"perou", "espagne"}, 45_000_000),
])
def test_the_worth_of_matériel_handed_over_prices_a_deal_between_its_sides(text: str, sides: set[str],
                                                                         value: int) -> None:
    assert (frozenset(sides), Decimal(value)) in _priced(text)


@pytest.mark.parametrize("text", [
    # no handover told before: the worth of things on show
    "Ces véhicules blindés, d'une valeur de 2 millions d'euros, sont exposés au salon de Turin.",
    # the worth of matériel not pointed back to
    "La Belgique a offert huit véhicules blindés au Bénin. Des véhicules d'une valeur de 9 millions d'euros sont "
    "exposés au salon de Turin.",
])
def test_a_worth_of_matériel_no_handover_told_just_before_prices_no_deal(text: str) -> None:
    assert not any(value for _, value in _priced(text))
