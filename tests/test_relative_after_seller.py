"""A relative set off right after a state the parser hangs on the systems before it (« ... à Y, qui cédera ses
vieux W à Z »): Y gives to Z, not the subject of the main clause. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deal_patterns import supplies


def test_a_relative_set_off_after_the_seller_is_the_seller_s_deed() -> None:
    text = "L'Équateur a annoncé l'achat d'obusiers Caesar neufs à la France, qui cédera ses vieux obusiers à " \
        "la Bolivie."
    assert supplies(text) == {("france", "equateur"), ("france", "bolivie")}


def test_a_relative_on_a_noun_that_names_no_actor_gives_no_state() -> None:
    text = "L'Équateur a acheté des obusiers Caesar, qui seront livrés à son armée de terre."
    assert supplies(text) == set()
