"""« X a acheté pour N dollars d'armes à Y »: the parser hangs the « à Y » on the goods the sum is of; Y sells to X.
A purchase « pour » someone else keeps its beneficiary. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_the_seller_after_the_goods_of_a_sum_sells() -> None:
    assert supplies("Le Pérou a acheté pour près de 2 milliards de dollars d'armements à la Corée du Sud.") == \
        {("coree du sud", "perou")}
    assert supplies("L'Égypte a acheté pour 300 millions d'euros de munitions à l'Italie.") == {("italie", "egypte")}


def test_goods_bought_for_another_keep_their_beneficiary() -> None:
    assert supplies("Le Canada a acheté pour 300 millions de dollars de munitions destinées à l'Ukraine.") == \
        {("canada", "ukraine")}
