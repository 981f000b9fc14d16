"""A demonym on the goods bought tells where they come from, never for whom they are bought: « X achète pour sa
marine des frégates sud-coréennes » does not make South Korea the beneficiary of X. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_supply import supplies


@pytest.mark.parametrize("text, reversed_pair", [
    ("Le Pérou achète pour sa marine des frégates sud-coréennes.", ("perou", "coree du sud")),
    ("Le Chili acquiert pour son armée de terre des chars Leopard 2 allemands.", ("chili", "allemagne")),
])
def test_the_goods_demonym_is_no_beneficiary(text: str, reversed_pair: tuple[str, str]) -> None:
    assert reversed_pair not in supplies(text)


def test_a_buyer_for_another_state_keeps_that_beneficiary() -> None:
    found = supplies("Les États-Unis achètent des obus à la Corée du Sud pour l'Ukraine.")
    assert not any(recipient == "coree du sud" for _, recipient in found)
