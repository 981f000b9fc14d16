"""A state that buys systems its own makers build buys them at home: the other state of a deal told in the same
sentence, or a contract told close by, buys alongside and sells nothing. Systems made abroad are still sold by the
deal's partner. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_the_deal_partner_does_not_sell_systems_made_in_the_buyers_state() -> None:
    text = "La Suède s'est engagée à commander 40 avions Gripen lors de la signature d'un accord-cadre avec la Suisse."
    assert supplies(text) == set()
    text = "La Suède a signé un contrat avec la Norvège. Elle achètera 30 avions Gripen."
    assert ("norvege", "suede") not in supplies(text)


def test_the_deal_partner_sells_systems_made_in_its_own_state() -> None:
    text = "La Colombie s'est engagée à commander 40 avions Gripen lors de la signature d'un accord avec la Suède."
    assert supplies(text) == {("suede", "colombie")}
    text = "La Colombie a signé un contrat avec la Suède. Elle achètera 30 avions Gripen."
    assert supplies(text) == {("suede", "colombie")}
