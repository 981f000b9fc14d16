"""« ... des armes fournies par le second »: « le premier », « le second » as the agent of a supply mean one of the two
states named before in the sentence, in order; the other one supplies nothing. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_the_second_of_a_pair_supplies() -> None:
    text = ("Selon des experts, les liens entre le Niger et la Turquie tiennent à ce que le premier serait un lieu de "
            "passage d'armes livrées par la seconde aux milices actives au Soudan.")
    assert supplies(text) == {("turquie", "soudan")}


def test_the_first_of_a_pair_supplies() -> None:
    text = ("Les relations de l'Iran avec le Venezuela reposent sur des drones fournis par le premier à l'armée "
            "du Nicaragua.")
    assert supplies(text) == {("iran", "nicaragua")}
