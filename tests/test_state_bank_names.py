"""A state-owned bank whose English name opens with its state's name (« India Exim Bank ») is one party of its
deals, no state and no person. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deal_patterns import agreements, found


def _pairs(text: str) -> list[list[str]]:
    return sorted(sorted(parties) for parties in agreements(text))


def test_a_state_bank_named_in_english_after_its_state_is_one_party_no_person() -> None:
    text = "India Exim Bank a signé lundi un accord de prêt de 50 millions de dollars avec le Ghana."
    assert _pairs(text) == [["exim bank of india", "ghana"]]
    assert not [e for e in found(text).mentions.values() if e.cls == "Person"]
