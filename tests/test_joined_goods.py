"""Goods told as joining others (« X enverra à Y trois radars, qui s'ajouteront aux deux radars fournis par Z »):
the others, supplied by Z, went to Y too. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import supplies


@pytest.mark.parametrize("text, pair", [
    ("Le Danemark enverra à la Moldavie trois radars, qui s'ajouteront aux deux radars fournis par la Suède.",
     ("suede", "moldavie")),
    ("L'Espagne a annoncé qu'elle livrerait à la Géorgie quatre obusiers, qui s'ajouteraient aux six obusiers "
     "offerts par la Belgique l'an dernier.", ("belgique", "georgie")),
])
def test_the_goods_joined_went_to_the_same_recipient(text: str, pair: tuple[str, str]) -> None:
    assert pair in supplies(text)


@pytest.mark.parametrize("text", [
    # the goods joined are bought for oneself: no recipient to share
    "Le Danemark achètera trois radars, qui s'ajouteront aux deux radars fournis par la Suède.",
    # what is shown to the press is no supply
    "Le Danemark a présenté trois radars à la presse, qui s'ajouteront aux deux radars fournis par la Suède.",
])
def test_no_recipient_without_a_supply_of_the_joining_goods(text: str) -> None:
    assert all(s != "suede" for s, _ in supplies(text))


def test_a_relative_hung_on_a_later_name_still_takes_up_the_goods() -> None:
    # the parser hangs the relative on the partner named last; the goods joined are still the ones supplied
    found = supplies("Le Danemark a fait savoir qu'il enverrait à la Moldavie deux batteries en partenariat avec la "
                     "Suède, qui s'ajouteraient aux deux batteries fournies par la France en novembre.")
    assert ("france", "moldavie") in found
    assert ("france", "suede") not in found
