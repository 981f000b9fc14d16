"""« A a convenu avec B (et C) de fournir ... »: sides that agree together on a supply of their own make a deal with
each other; agreeing on anything else (to meet again, to talk on) is none. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import deals_told


def test_three_states_agreeing_together_to_supply_make_one_deal() -> None:
    assert deals_told("La Pologne a convenu avec la Suède et la Finlande de fournir des obus à l'Ukraine.") == \
        [frozenset({"Pologne", "Suède", "Finlande"})]


def test_two_states_agreeing_together_to_deliver_make_a_deal() -> None:
    assert deals_told("La Pologne est convenue avec la Suède de livrer des chars à l'Ukraine.") == \
        [frozenset({"Pologne", "Suède"})]


def test_agreeing_to_talk_on_or_meet_again_is_no_deal() -> None:
    assert deals_told("La Pologne a convenu avec la Suède de poursuivre le dialogue.") == []
    assert deals_told("La Pologne et la Suède ont convenu de se revoir en mars.") == []
