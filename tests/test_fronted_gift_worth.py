"""« D'une valeur totale de N, cet ensemble ... »: a worth that opens its sentence ahead of matériel pointed back to
(a demonstrative and a noun of matériel or of a whole of goods) is the worth of what was handed over before: a grant
from the giver to the recipient, however the parser hangs the sentence. Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_modality import fold
from tests.test_supply import facts


def _grants(text: str) -> set[tuple[str, str, Decimal]]:
    return {(fold(f.first("funder").label), fold(f.first("recipient").label), a.value)
            for f in facts(text, "financing") if f.first("funder") and f.first("recipient") for a in f.amounts}


_HANDOVER = "L'Espagne a remis au Cap-Vert deux patrouilleurs et douze camions. "


@pytest.mark.parametrize("worth", [
    "D'une valeur totale de 8 millions d'euros, cet ensemble renforcera la surveillance des côtes du Cap-Vert.",
    "D'une valeur de 8 millions d'euros, ce lot renforcera la surveillance des côtes du Cap-Vert.",
])
def test_a_fronted_worth_of_the_goods_handed_over_is_a_grant(worth: str) -> None:
    assert _grants(_HANDOVER + worth) == {("espagne", "cap vert", Decimal(8_000_000))}
    assert facts(_HANDOVER + worth, "agreement") == []


def test_a_fronted_worth_of_something_else_is_no_grant() -> None:
    text = _HANDOVER + "D'une valeur de 8 millions d'euros, cette réforme renforcera l'économie du Cap-Vert."
    assert _grants(text) == set()
