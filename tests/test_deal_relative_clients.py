"""A firm that wins an order « avec lequel / laquelle »: the client is the state the relative pronoun points back
to (a navy, a ministry), not a firm there. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import deal_parties as _deals


def test_an_order_won_with_the_navy_a_relative_points_back_to() -> None:
    deals = _deals("Chantiers navals\nLe chantier naval Piriou vient de remettre trois vedettes à la marine "
                   "ghanéenne, avec laquelle il a en outre remporté une nouvelle commande.")
    assert frozenset({"Piriou", "Ghana"}) in deals


def test_a_firm_the_relative_points_back_to_is_no_client() -> None:
    deals = _deals("Chantiers navals\nLe chantier naval Piriou vient de remettre trois vedettes au Ghana grâce "
                   "à Thales, avec lequel il a en outre remporté une nouvelle commande.")
    assert frozenset({"Piriou", "Ghana"}) not in deals


def test_a_relative_with_no_order_makes_no_deal() -> None:
    deals = _deals("Chantiers navals\nLe chantier naval Piriou vient de remettre trois vedettes à la marine "
                   "ghanéenne, avec laquelle il a en outre mené des exercices.")
    assert deals == []
