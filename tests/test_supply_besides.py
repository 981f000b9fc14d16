"""Goods another state gave, told beside a supply (« A livrera des W à C, en plus des W livrés par B »): the giver of
the main clause holds none of them, so B gives nothing to A. Sentences and names written for these tests."""

from __future__ import annotations

from tests.test_supply_grid import ANY, _supplies, _tells


def test_the_giver_of_the_main_clause_receives_nothing() -> None:
    found = _supplies("La Suède livrera à la Lettonie quatre canons Archer, en plus des six canons livrés par la "
                      "Finlande au printemps.")
    assert _tells(found, "suede", "lettonie", ANY)
    assert not _tells(found, "finlande", "suede", ANY)


def test_a_holder_of_goods_still_receives_them() -> None:
    found = _supplies("L'armée lettone utilise désormais des canons Archer livrés par la Suède.")
    assert _tells(found, "suede", "lettonie", ANY)
