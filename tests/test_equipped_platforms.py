"""The system a supply's goods are to fit out (« pour équiper ses W », « destinés à la flotte de W », « pour ses W »)
is not what is supplied; a fleet that is the goods, or the goods named beside the platform, still are. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_retold_supplies import systems


@pytest.mark.parametrize("text, pair, platform", [
    ("L'Espagne vendra des missiles au Koweït pour équiper ses Eurofighter Typhoon.", ("espagne", "koweit"),
     "Eurofighter Typhoon"),
    ("Le Japon a conclu une vente d'armes aux Philippines. Il s'agit de pièces destinées à la flotte de F-16 "
     "philippine.", ("japon", "philippines"), "F-16"),
    ("Les États-Unis livreront des munitions à la Roumanie pour ses F-16.", ("etats unis", "roumanie"), "F-16"),
    ("Israël vendra des bombes guidées au Maroc destinées aux F-16 marocains.", ("israel", "maroc"), "F-16"),
])
def test_the_platform_the_goods_fit_out_is_not_supplied(text: str, pair: tuple[str, str], platform: str) -> None:
    found = systems(text)
    assert pair in found
    assert platform not in found[pair]


@pytest.mark.parametrize("text, pair, goods", [
    ("La Turquie livrera une flotte de drones Bayraktar TB2 au Niger.", ("turquie", "niger"), "Bayraktar TB2"),
    ("La Corée du Sud a livré des obusiers K9 à la Norvège pour équiper son armée de terre.",
     ("coree du sud", "norvege"), "K9 Thunder"),
    ("La Suède livrera des missiles Meteor à la Hongrie pour équiper ses Gripen.", ("suede", "hongrie"), "Meteor"),
])
def test_the_goods_beside_a_platform_or_a_fleet_sold_stay_supplied(text: str, pair: tuple[str, str],
                                                                    goods: str) -> None:
    assert goods in systems(text).get(pair, set())
