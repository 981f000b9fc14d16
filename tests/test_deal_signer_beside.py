"""A deal told by two words of one sentence, one with its signer (« la signature par <firm> d'un accord »), is that
signer's deal: the states of the visit around it are not its parties; with a state signing or no signer said, the
visit's two states stay. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import agreements


def test_a_firm_signing_during_a_visit_is_no_deal_of_the_visit_states() -> None:
    text = "La visite à Lisbonne de l'émir du Koweït a été marquée par la signature par l'avionneur Embraer " \
           "d'un accord portant sur douze avions."
    assert not any({"portugal", "koweit"} <= parties for parties in agreements(text))


@pytest.mark.parametrize("text", [
    "La visite à Lisbonne de l'émir du Koweït a été marquée par la signature par le Koweït d'un accord.",
    "La visite à Lisbonne de l'émir du Koweït a été marquée par la signature d'un accord de défense.",
])
def test_a_deal_at_a_visit_signed_by_a_side_or_no_one_said_is_the_visit_pair(text: str) -> None:
    assert agreements(text) == [{"portugal", "koweit"}]
