"""A purchase whose goods carry their maker (« X va acheter deux sous-marins construits par Y », « X a commandé des
blindés conçus par le constructeur Y », « ... qui seront livrés par Y »): the maker sells to the buyer; a maker of
the buyer's own state sells nothing abroad. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import supplies


@pytest.mark.parametrize("text, pair", [
    ("Le Chili va acheter deux sous-marins construits par l'Allemagne.", ("allemagne", "chili")),
    ("Le Ghana a commandé douze blindés conçus par le constructeur turc Otokar.", ("turquie", "ghana")),
    ("La Zambie a acquis six hélicoptères fabriqués par la firme italienne Leonardo.", ("italie", "zambie")),
    ("Le Paraguay a commandé dix blindés qui seront livrés par la Corée du Sud.",
     ("coree du sud", "paraguay")),
])
def test_the_maker_of_the_goods_bought_sells_them(text: str, pair: tuple[str, str]) -> None:
    assert pair in supplies(text)


@pytest.mark.parametrize("text", [
    # a maker of the buyer's own state: no supply abroad
    "Le Brésil va acheter deux sous-marins construits par le Brésil.",
    # goods made by the buyer's own yards, no maker named
    "Le Chili va acheter deux vedettes construites par ses propres chantiers.",
    # what is made is not what is bought
    "Le Chili va acheter deux sous-marins, alors que des frégates ont été construites par l'Allemagne.",
])
def test_no_maker_sells_what_is_not_bought_from_it(text: str) -> None:
    assert all(s != "allemagne" and s != "bresil" for s, _ in supplies(text))
