"""Deals and sums as newsrooms write them (sentences written for these tests): « les deux États » are the two states
the sentence names; a bare scaled number in brackets or after « un total de » shares the currency of the sum told
before it; a deal named again (« ces contrats ») may be priced in the next sentence; a deal signed while a funder
extends its aid is between the funder and the funded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kg.extract.money import find_amounts
from kg.pipeline import analyse_text
from tests.conftest import deals_told

PUBLISHED = dt.date(2025, 6, 2)


def _deal_sums(text: str) -> set[tuple[Decimal, str]]:
    return {(a.value, a.currency) for f in analyse_text(text, published=PUBLISHED).facts if f.kind == "agreement"
            for a in f.amounts}


_BEFORE = ("Le marché des drones armés est en plein essor. Les experts citent la Chine et les États-Unis parmi les "
           "premiers vendeurs. La demande reste forte en Asie et en Afrique. ")


@pytest.mark.parametrize(("text", "pair"), [
    ("La Turquie est un important fournisseur d'armes au Pakistan et les deux États ont signé des accords d'une "
     "valeur de 2 milliards de dollars.", {"Turquie", "Pakistan"}),
    ("Le Chili reste un client fidèle de l'Espagne, et les deux Etats ont conclu un accord de coopération navale.",
     {"Chili", "Espagne"}),
])
def test_the_two_states_are_the_pair_the_sentence_names(text: str, pair: set[str]) -> None:
    assert pair in deals_told(_BEFORE + text)


@pytest.mark.parametrize(("text", "values"), [
    ("La Norvège a signé deux contrats d'une valeur de 300 millions d'euros, pour des radars (120 millions) et "
     "des missiles (180 millions).", [Decimal("3e8"), Decimal("1.2e8"), Decimal("1.8e8")]),
    ("Sa part représente 2 milliards de dollars sur un total de 7,5 milliards attribués au consortium.",
     [Decimal("2e9"), Decimal("7.5e9")]),
])
def test_a_bare_share_or_total_takes_the_currency_before_it(text: str, values: list[Decimal]) -> None:
    found = find_amounts(text)
    assert [m.amount.value for m in found] == values
    assert {m.amount.currency for m in found} == {found[0].amount.currency}


@pytest.mark.parametrize("text", [
    "Un contrat de 3 milliards de dollars (2,8 milliards) a été signé.",  # restated right after: no share
    "La ville (2 millions d'habitants) a reçu 5 millions d'euros.",  # before the sum, and of something else
])
def test_a_restating_or_counting_bracket_is_no_share(text: str) -> None:
    assert len(find_amounts(text)) == 1


def test_the_shares_of_a_deal_are_its_sums() -> None:
    text = ("La Norvège a signé avec la Suède deux contrats d'une valeur de 300 millions d'euros, pour des radars "
            "(120 millions) et des missiles (180 millions).")
    assert {(Decimal("1.2e8"), "EUR"), (Decimal("1.8e8"), "EUR")} <= _deal_sums(text)


def test_a_deal_named_again_is_priced_after() -> None:
    text = ("Titre\nLe Pérou a signé des contrats avec l'Italie pour deux corvettes et six hélicoptères. Les "
            "premiers navires seront livrés en 2027. Le chantier sera installé près de Callao. Ces contrats ont été "
            "signés en présence des deux présidents.\nMontant estimé de ces contrats : 4 milliards d'euros.")
    assert (Decimal("4e9"), "EUR") in _deal_sums(text)


def test_a_deal_signed_as_aid_is_extended_is_between_funder_and_funded() -> None:
    text = ("Par ailleurs, le Japon a prolongé son aide financière au Vietnam de trois ans en signant un protocole "
            "d'accord à hauteur de 2 milliards de dollars.")
    assert {"Japon", "Vietnam"} in deals_told(text)
