"""Deals and sums as news pages word them: aid told with no agreement, a sum given in two currencies, « d'une valeur
de », « pour quelque », a firm's contracts abroad told in passing, memoranda, letters of intent, deals denied, ties
made long ago and relative clauses the parser merges with the signing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import Fact
from tests.test_deal_patterns import agreements, found
from tests.test_modality import fold


def _pairs(text: str) -> list[list[str]]:
    return sorted(sorted(parties) for parties in agreements(text))


def _funded(text: str) -> list[Fact]:
    return [f for f in found(text).facts if f.kind == "financing"]


def _sums_with_equivalents(text: str) -> set[tuple[int, str]]:
    """Every sum of every agreement and financing, and the equivalent each is given in."""
    out = set()
    for fact in found(text).facts:
        if fact.kind not in {"agreement", "financing"}:
            continue
        for amount in fact.amounts:
            out.add((int(amount.value), amount.currency))
            if amount.equivalent is not None:
                out.add((int(amount.equivalent.value), amount.equivalent.currency))
    return out


@pytest.mark.parametrize(("text", "pairs"), [
    # a relative clause on the signer, merged by the parser with the main verb, names no side of the deal
    ("L'Italie, qui a depuis plusieurs années des conflits commerciaux avec la Chine et la Turquie, a signé "
     "plusieurs accords importants dans le domaine naval.", []),
    ("Le Kenya a signé un accord de défense avec l'Ouganda.", [["kenya", "ouganda"]]),
    ("La Colombie, qui entretient des relations tendues avec le Venezuela, a signé un contrat avec Thales.",
     [["colombie", "thales"]]),
    # joining another by a deed (a gerund) is that deed, no deal; joining to sign one is the deal signed
    ("Le Japon s'associe à l'armée philippine en fournissant du matériel de communication.", []),
    ("La Norvège s'est associée à la Suède pour signer un accord de coopération avec la Finlande.",
     [["finlande", "norvege"]]),
    # aid, support and a joint pledge are no agreement
    ("Le Canada a apporté une aide humanitaire au Soudan.", []),
    ("Les États-Unis soutiennent le Niger dans la lutte contre le terrorisme.", []),
    ("Le Brésil et l'Argentine se sont engagés à renforcer leur coopération militaire.", []),
    # a standing tie made long ago, told in the pluperfect, is the background of the relations
    ("Le ministre a indiqué que l'Espagne et le Maroc avaient établi un partenariat stratégique.", []),
    # memoranda and letters of intent are signed deals; a deal that may come or was denied is none
    ("Le Ghana et le Togo ont signé un mémorandum d'entente sur la sécurité maritime.", [["ghana", "togo"]]),
    ("Le Sénégal a signé une lettre d'intention avec Airbus pour l'achat de deux avions.", [["airbus", "senegal"]]),
    ("La Grèce pourrait signer un contrat avec Dassault Aviation.", []),
    ("La Roumanie n'a pas signé de contrat avec Rheinmetall.", []),
])
def test_which_sentences_tell_an_agreement(text: str, pairs: list[list[str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(("text", "pairs"), [
    ("Thales a présenté son radar au Pérou. Ce serait une belle réussite pour le constructeur après les contrats "
     "majeurs en Inde et en Égypte.", [["egypte", "thales"], ["inde", "thales"]]),
    ("Saab a présenté son avion au Pérou. Ce serait un succès pour le constructeur de Linköping après ses contrats "
     "au Brésil et en Hongrie.", [["bresil", "saab"], ["hongrie", "saab"]]),
    # the contracts told in passing are known, whatever the condition on the deal told now
    ("Saab a présenté son avion au Pérou. Si la vente se confirmait, ce serait un succès pour le constructeur après "
     "les contrats en Inde et au Brésil.", [["bresil", "saab"], ["inde", "saab"]]),
    ("Airbus a remporté des contrats importants en Inde et au Brésil.", [["airbus", "bresil"], ["airbus", "inde"]]),
    # no company named: no side for the contracts
    ("Ce serait un succès pour le constructeur de Toulouse après les contrats signés en Inde et au Brésil.", []),
    ("Le Kenya a conclu des contrats en Inde.", []),
])
def test_a_firm_s_contracts_abroad_told_in_passing_are_one_deal_per_state(text: str, pairs: list[list[str]]) -> None:
    assert _pairs(text) == pairs


def test_a_trade_noun_with_the_town_of_its_seat_names_the_company_again() -> None:
    text = "Saab a présenté son avion au Pérou. Le constructeur de Linköping a signé un contrat avec la Colombie."
    assert _pairs(text) == [["colombie", "saab"]]


@pytest.mark.parametrize(("text", "sums"), [
    ("Depuis 2018, le Japon a fourni pour plus de 3 millions de dollars (plus de 1,8 milliard de francs CFA) de "
     "rations à l'armée camerounaise.", {(3_000_000, "USD"), (1_800_000_000, "XAF")}),
    ("Depuis 2018, le Japon a fourni pour plus de 3 millions de dollars de carburant à l'armée camerounaise.",
     {(3_000_000, "USD")}),
    ("L'Égypte a signé un contrat d'une valeur de 1,2 milliard d'euros avec Naval Group.", {(1_200_000_000, "EUR")}),
    ("Le Chili a signé avec Saab un contrat de 300 millions de couronnes suédoises (28 millions d'euros).",
     {(300_000_000, "SEK"), (28_000_000, "EUR")}),
    ("Le Chili a signé un contrat pour quelque 500 millions de dollars avec Embraer.", {(500_000_000, "USD")}),
    # the worth the parser hangs on the verb of saying above the purchase is the purchase's
    ("Le ministère a par ailleurs indiqué avoir approuvé l'achat de 40 missiles à la société Varko, pour une "
     "valeur de 90 millions de dollars.", {(90_000_000, "USD")}),
    ("L'Inde a conclu un accord de 3 milliards de dollars avec les États-Unis pour l'achat de drones.",
     {(3_000_000_000, "USD")}),
])
def test_the_sums_of_deals_and_aid(text: str, sums: set[tuple[int, str]]) -> None:
    assert _sums_with_equivalents(text) == sums


@pytest.mark.parametrize("text", [
    "La Suède fournira à la Pologne des radars pour 2 milliards d'euros.",  # a price, no gift
    "Le Danemark a fourni à l'Estonie des munitions.",  # no sum
])
def test_goods_supplied_for_a_price_or_with_no_sum_are_no_grant(text: str) -> None:
    assert not [f for f in _funded(text) if f.attr("financing_kind") == "grant"]


def test_goods_given_by_their_worth_are_a_grant_from_the_giver() -> None:
    text = "Depuis 2018, le Japon a fourni pour plus de 3 millions de dollars de carburant à l'armée camerounaise."
    (grant,) = _funded(text)
    assert grant.attr("financing_kind") == "grant"
    assert [fold(f.label) for f in grant.get("funder")] == ["japon"]
