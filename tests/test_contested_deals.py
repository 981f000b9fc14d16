"""Deals contested: « en lice pour le contrat », « candidats au marché », « les candidats sont sur les rangs pour
ce contrat » tell a deal sought by bidders, no deal made (possible); a contest won, or a deal signed that bidders had
sought, stays. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import agreements


@pytest.mark.parametrize("text", [
    "Corvettes péruviennes : la Corée du Sud prête à construire sur place\n"
    "Quatre candidats sont sur les rangs pour ce contrat de 3 milliards de dollars portant sur six corvettes.",
    "Le Pérou veut six corvettes. L'Espagne et la Corée du Sud sont en lice pour ce contrat de 3 milliards de dollars.",
    "Le Pérou veut six corvettes. L'Espagne et la Corée du Sud sont candidates au contrat.",
    "Le Pérou veut six corvettes. L'Espagne et la Corée du Sud sont en compétition pour le contrat de corvettes.",
])
def test_a_deal_bidders_seek_is_no_deal_made(text: str) -> None:
    assert agreements(text) == []


@pytest.mark.parametrize(("text", "pair"), [
    ("Le Pérou a signé avec la Corée du Sud un contrat pour lequel quatre candidats étaient en lice.",
     {"perou", "coree du sud"}),
    ("Le Pérou a signé lundi avec la Corée du Sud le contrat pour lequel quatre groupes étaient en lice.",
     {"perou", "coree du sud"}),
    ("Candidate depuis 2020, la Corée du Sud a signé lundi un contrat de corvettes avec le Pérou.",
     {"perou", "coree du sud"}),
])
def test_a_deal_signed_after_a_contest_stays(text: str, pair: set[str]) -> None:
    assert agreements(text) == [pair]
