"""A deal whose « entre » names classes of actors (« un partenariat entre les pays africains et les donateurs ») has
no sides to name: the states told before are not its parties; « entre les deux pays », « entre ces pays » or named
sides stay. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import agreements


@pytest.mark.parametrize("text", [
    "La Norvège et le Canada ont versé 30 millions au fonds. Le fonds repose sur un partenariat entre les pays "
    "nordiques et les bailleurs.",
    "La Norvège et le Canada ont versé 30 millions au fonds. Ce fonds est né en 1990 d'un accord entre les "
    "donateurs.",
])
def test_a_deal_between_classes_of_actors_has_no_parties(text: str) -> None:
    assert agreements(text) == []


@pytest.mark.parametrize(("text", "pair"), [
    ("La Norvège et le Canada ont discuté lundi. Un accord entre les deux pays a été signé.", {"norvege", "canada"}),
    ("La Norvège et le Canada ont discuté lundi. Un accord entre ces pays a été signé.", {"norvege", "canada"}),
    ("Un accord entre les gouvernements norvégien et canadien a été signé lundi.", {"norvege", "canada"}),
    ("Un accord a été signé lundi entre la Norvège et le Canada.", {"norvege", "canada"}),
])
def test_a_deal_between_sides_told_keeps_them(text: str, pair: set[str]) -> None:
    assert agreements(text) == [pair]
