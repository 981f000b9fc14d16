"""A multinational group that sells, in an article that names its home state only as the supplier of other
systems (« ... et des Tetras de la France »), sells as itself: that state is not told selling the group's systems."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_group_whose_state_only_supplies_other_systems_sells_as_itself() -> None:
    text = ("Le Pérou a commandé dix hélicoptères H145M à Airbus Helicopters. "
            "Le pays avait déjà reçu des Super Tucano du Brésil et des Tetras de la France.")
    assert supplies(text) == {("airbus", "perou"), ("bresil", "perou"), ("france", "perou")}


def test_a_group_whose_state_is_named_otherwise_sells_for_that_state() -> None:
    # the state named apart from any supply of its own: the group's state sells, as before
    text = ("Le Pérou a commandé dix hélicoptères H145M à Airbus Helicopters. "
            "La France s'en félicite, et le Pérou avait déjà reçu des Super Tucano du Brésil.")
    assert supplies(text) == {("france", "perou"), ("bresil", "perou")}
    # named supplying the very systems the group sells: the state's sale, as before
    text = ("Le Pérou a commandé dix hélicoptères H145M à Airbus Helicopters. "
            "La France livrera les H145M au Pérou en 2027.")
    assert ("airbus", "perou") not in supplies(text)
