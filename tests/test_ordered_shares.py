"""An order counted out to the states its goods go to (« la commande de W1 à X, de W2 à Y »), with no buyer of its
own: one deal each, between that state and the maker of its goods; the states sign nothing with each other. An
order a buyer places with a state stays one deal. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import deals_told


def test_each_state_an_order_is_counted_out_to_deals_with_the_maker_of_its_goods() -> None:
    deals = deals_told("Pour sa part, le groupe a détaillé la commande de 20 canons Caesar à la Lituanie ou encore "
                       "des chars Leclerc au Qatar.")
    assert sorted(deals, key=sorted) == [frozenset({"Lituanie", "KNDS France"}), frozenset({"Qatar", "KNDS France"})]


def test_goods_of_several_makers_go_with_the_one_the_other_shares_name() -> None:
    deals = deals_told("Le groupe a détaillé la commande de blindés Griffon à la Belgique, de 20 canons Caesar à la "
                       "Lituanie ou encore des chars Leclerc au Qatar.")
    assert frozenset({"Belgique", "KNDS France"}) in deals
    assert frozenset({"Qatar", "KNDS France"}) in deals
    assert not [d for d in deals if len(d) > 2 or ("Belgique" in d and "KNDS France" not in d)]


def test_goods_of_several_makers_no_other_share_names_give_no_deal() -> None:
    deals = deals_told("Le groupe a détaillé la commande de blindés Griffon à la Belgique et de frégates Gowind à "
                       "l'Égypte.")
    assert not [d for d in deals if "Belgique" in d or len(d) > 2]


def test_two_states_sharing_the_goods_of_an_order_each_deal_with_their_maker() -> None:
    deals = deals_told("La commande de chars Leclerc à la Belgique et au Qatar a été confirmée.")
    assert frozenset({"Belgique", "Qatar"}) not in deals
    assert frozenset({"Qatar", "KNDS France"}) in deals


def test_an_order_a_buyer_places_with_a_state_stays_one_deal() -> None:
    assert deals_told("La Pologne a passé une commande de 96 hélicoptères Apache à l'Égypte.") == \
        [frozenset({"Pologne", "Égypte"})]
