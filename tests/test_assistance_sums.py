"""« assistance » with a sum is money given, like « aide »: « X a annoncé une nouvelle assistance militaire de N à Y »
is a grant from X to Y; an assistance told with no sum stays no financing. Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_modality import fold
from tests.test_supply import facts


def _grants(text: str) -> set[tuple[str, str, Decimal]]:
    return {(fold(f.first("funder").label), fold(f.first("recipient").label), a.value)
            for f in facts(text, "financing") if f.first("funder") and f.first("recipient") for a in f.amounts}


@pytest.mark.parametrize(("text", "grant"), [
    ("L'Allemagne a annoncé une nouvelle assistance militaire de 2 milliards d'euros à la Pologne.",
     ("allemagne", "pologne", Decimal(2_000_000_000))),
    ("Le Japon a accordé une assistance de 300 millions de dollars aux Philippines.",
     ("japon", "philippines", Decimal(300_000_000))),
])
def test_an_assistance_with_a_sum_is_a_grant(text: str, grant: tuple[str, str, Decimal]) -> None:
    assert _grants(text) == {grant}


def test_an_assistance_with_no_sum_is_no_financing() -> None:
    assert facts("Le Japon a accordé une assistance technique aux Philippines.", "financing") == []
