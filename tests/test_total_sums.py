"""A sum hung on a total that is no deal (« dans le cadre d'un programme de modernisation de X », « un budget de
X ») on its way to the deal's words is that total's, not the deal's worth. Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_deals import facts


def _worths(text: str) -> set[Decimal]:
    return {a.value for f in facts(text, "agreement") for a in f.amounts}


@pytest.mark.parametrize("text", [
    "La Roumanie a signé avec l'Allemagne un contrat pour des chars Leopard, dans le cadre d'un programme de "
    "réarmement de 20 milliards d'euros.",
    "Le Chili a conclu avec la Suède un accord pour des corvettes, au titre d'un plan naval de 4 milliards de dollars.",
])
def test_a_sum_of_a_programme_is_no_worth_of_the_deal_told_with_it(text: str) -> None:
    assert _worths(text) == set()


@pytest.mark.parametrize(("text", "value"), [
    ("La Roumanie a signé avec l'Allemagne un contrat de 2 milliards d'euros pour des chars Leopard, dans le cadre "
     "d'un programme de réarmement.", 2_000_000_000),
    ("Le Chili a conclu avec la Suède un accord de 400 millions de dollars pour des corvettes de son plan naval.",
     400_000_000),
])
def test_the_deal_s_own_sum_stays_beside_a_programme(text: str, value: int) -> None:
    assert Decimal(value) in _worths(text)
