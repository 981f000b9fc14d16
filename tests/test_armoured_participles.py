"""An adjective of matériel the lemmatiser reads as a verb's participle (« des véhicules blindés » under « blinder »,
often when a worth follows) still makes the sentence military: the handover it tells is a supply, whose worth is a
grant from the giver, no deal (kg.extract.gift_worth). Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_deals import facts, supplies
from tests.test_modality import fold


@pytest.mark.parametrize(("text", "pair", "value"), [
    ("Les États-Unis avaient remis au Kenya 14 véhicules blindés d'une valeur de 6 millions de dollars.",
     ("etats unis", "kenya"), 6_000_000),
    ("Le Japon avait remis aux Philippines 12 véhicules blindés d'une valeur de 9 millions d'euros.",
     ("japon", "philippines"), 9_000_000),
    ("L'Italie a remis à la Tunisie 16 véhicules blindés d'une valeur de 12 millions d'euros.",
     ("italie", "tunisie"), 12_000_000),
])
def test_a_handover_of_armoured_vehicles_with_a_worth_is_a_supply_and_a_grant(text: str, pair: tuple[str, str],
                                                                            value: int) -> None:
    assert supplies(text) == {pair}
    assert facts(text, "agreement") == []
    assert Decimal(value) in {a.value for f in facts(text, "financing") if (funder := f.first("funder"))
                              and (fold(funder.label), fold(f.first("recipient").label)) == pair for a in f.amounts}


@pytest.mark.parametrize("text", [
    "Le Japon a remis aux Philippines 12 ambulances d'une valeur de 9 millions d'euros.",
    "Le Japon a remis aux Philippines des ordinateurs portables d'une valeur de 9 millions d'euros.",
])
def test_a_handover_of_civil_goods_with_a_worth_is_no_supply(text: str) -> None:
    assert supplies(text) == set()
