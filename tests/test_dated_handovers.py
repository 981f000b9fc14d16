"""« remettre » hands matériel over whatever opens its clause: a date or a place before it (« En mars, X a remis à
Y ... », « En 2023, ... ») is no « remettre en ... » idiom, which stays no supply (« remettre en cause (en état, en
service) »). What is handed over is worth a grant from the giver, no deal, unless the text told a deal before.
Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_modality import fold
from tests.test_supply import facts, supplies


@pytest.mark.parametrize(("text", "pair"), [
    ("En avril, l'Espagne a remis au Cap-Vert deux patrouilleurs.", ("espagne", "cap vert")),
    ("En 2022, l'Espagne a remis au Cap-Vert deux patrouilleurs.", ("espagne", "cap vert")),
    ("L'Espagne a remis en avril au Cap-Vert deux patrouilleurs.", ("espagne", "cap vert")),
    ("En été, l'Espagne a remis au Cap-Vert deux patrouilleurs.", ("espagne", "cap vert")),
])
def test_a_dated_handover_is_a_supply(text: str, pair: tuple[str, str]) -> None:
    assert supplies(text) == {pair}


@pytest.mark.parametrize("text", [
    "En avril, l'Espagne a remis en cause sa livraison de patrouilleurs au Cap-Vert.",
    "En 2022, l'Espagne a remis en état deux patrouilleurs du Cap-Vert.",
    "L'Espagne a remis en service deux patrouilleurs au Cap-Vert.",
])
def test_a_remettre_en_idiom_after_a_date_is_still_no_supply(text: str) -> None:
    assert supplies(text) == set()


def _grants(text: str) -> set[tuple[str, str, Decimal]]:
    return {(fold(f.first("funder").label), fold(f.first("recipient").label), a.value)
            for f in facts(text, "financing") if f.first("funder") and f.first("recipient") for a in f.amounts}


@pytest.mark.parametrize("text", [
    "En avril, l'Espagne a remis au Cap-Vert deux patrouilleurs, d'une valeur totale de 8 millions d'euros.",
    "L'Espagne a remis au Cap-Vert deux patrouilleurs. Le tout d'une valeur de 8 millions d'euros.",
])
def test_the_worth_of_a_handover_is_a_grant_no_deal(text: str) -> None:
    assert facts(text, "agreement") == []
    assert _grants(text) == {("espagne", "cap vert", Decimal(8_000_000))}


def test_the_worth_of_a_handover_after_a_deal_told_is_the_deal_s() -> None:
    text = ("En 2020, le Cap-Vert a signé un contrat avec l'Espagne pour deux patrouilleurs. En avril, l'Espagne a "
            "remis au Cap-Vert ces patrouilleurs, d'une valeur totale de 8 millions d'euros.")
    assert _grants(text) == set()
    assert any({fold(p.label) for p in f.get("party")} == {"espagne", "cap vert"} for f in facts(text, "agreement"))
