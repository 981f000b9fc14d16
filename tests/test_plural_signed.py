"""Deals in the plural signed with several partners and no signer named (« il a conclu une série d'accords avec A, B
et C »): several deals, one with each partner, not one between all of them; with the signers named, or one deal
with two partners, the deal stands. Sentences written for these tests."""

from __future__ import annotations

from tests.test_supply import agreements


def test_a_series_of_deals_with_several_partners_is_no_deal_between_them() -> None:
    text = "Le pays a renforcé sa défense en concluant une série d'accords avec l'Espagne, l'Italie et la Grèce."
    assert agreements(text) == []


def test_deals_in_the_plural_signed_by_a_pronoun() -> None:
    assert agreements("Il a signé des contrats avec le Brésil, le Chili et le Pérou.") == []


def test_the_signers_named_keep_their_deal() -> None:
    text = "L'Égypte, la Jordanie et l'Irak ont signé des accords de coopération."
    assert {"egypte", "jordanie", "irak"} in agreements(text)


def test_one_deal_with_two_partners_stands() -> None:
    assert {"espagne", "italie"} in agreements("Le ministre a signé un accord avec l'Espagne et l'Italie.")
