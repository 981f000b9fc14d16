"""A supply told in general words (« une vente d'armes à Y ») carries the systems the next sentence names as its
goods, even where a maker of the supplier's state is said to provide them; not systems another recipient's supply
carries, nor those of a sentence naming another state. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_retold_supplies import systems


def test_the_goods_listed_after_a_sale_in_general_words_are_its_systems() -> None:
    text = ("Le Pentagone a approuvé une vente d'armes à la Jordanie pour 400 millions de dollars. Le paquet comprend "
            "des missiles Javelin et des pièces de rechange fournis par l'entreprise Raytheon.")
    assert systems(text).get(("etats unis", "jordanie"))


@pytest.mark.parametrize("text, pair", [
    # the system goes with the supply to another recipient
    ("La France a vendu 24 Rafale à l'Inde. Paris a aussi livré des armes au Qatar la même année.",
     ("france", "qatar")),
    # the sentence after tells another state's purchase
    ("Le Brésil a livré des équipements militaires au Paraguay. Il s'agit notamment de camions, a précisé le "
     "ministère. La Bolivie a de son côté commandé des hélicoptères Super Puma.", ("bresil", "paraguay")),
])
def test_no_system_of_another_supply_or_state_joins_a_bare_supply(text: str, pair: tuple[str, str]) -> None:
    assert systems(text).get(pair) == set()
