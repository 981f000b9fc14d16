"""A state that consents to a sale (« X a accepté de vendre des missiles à Y », « X a consenti à vendre ... à Y ») is
in a deal with its buyer; a plain sale told by a state, a refusal, a denial or a mere possibility is none.
Sentences written for these tests."""

from __future__ import annotations

from tests.test_supply import agreements


def test_a_state_that_agrees_to_sell_signs_with_the_buyer() -> None:
    text = "La Corée du Sud a accepté de vendre des obusiers automoteurs à la Pologne, selon la presse locale."
    assert {"coree du sud", "pologne"} in agreements(text)


def test_consenting_to_sell_is_a_deal_too() -> None:
    text = "Le Brésil a consenti à vendre des avions d'entraînement militaire au Nigeria."
    assert {"bresil", "nigeria"} in agreements(text)


def test_a_plain_sale_by_a_state_is_no_deal_of_its_own() -> None:
    text = "La Corée du Sud a vendu des obusiers automoteurs à la Pologne."
    assert not any({"coree du sud", "pologne"} <= a for a in agreements(text))


def test_a_refusal_to_sell_is_no_deal() -> None:
    text = "La Corée du Sud a refusé de vendre des obusiers automoteurs à la Pologne."
    assert not any({"coree du sud", "pologne"} <= a for a in agreements(text))


def test_a_denied_consent_is_no_deal() -> None:
    text = "La Corée du Sud n'a pas accepté de vendre des obusiers automoteurs à la Pologne."
    assert not any({"coree du sud", "pologne"} <= a for a in agreements(text))


def test_a_possible_consent_is_no_deal() -> None:
    text = "La Corée du Sud pourrait accepter de vendre des obusiers automoteurs à la Pologne."
    assert not any({"coree du sud", "pologne"} <= a for a in agreements(text))


def test_a_priced_sale_to_a_buyer_with_no_seller_told_keeps_its_price() -> None:
    from tests.test_deal_patterns import sums

    text = "La vente de douze hélicoptères de combat au Ghana pour 230 millions de dollars a été approuvée mardi."
    assert (230_000_000, "USD") in sums(text)


def test_the_buyer_of_a_priced_sale_with_no_seller_pays_its_price() -> None:
    from tests.test_supply import facts

    text = "La vente de douze hélicoptères de combat au Ghana pour 230 millions de dollars a été approuvée mardi."
    paid = [f for f in facts(text, "financing") if f.amounts and int(f.amounts[0].value) == 230_000_000]
    assert [[p.label for p in f.get("funder")] for f in paid] == [["Ghana"]]
