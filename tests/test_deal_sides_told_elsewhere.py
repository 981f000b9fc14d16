"""Deals and prices whose other side is told outside the clause: a deal with a maker signed by « les forces armées du
pays » a state's ministry says is that state's; a sale priced « pour N » whose buyer is a pronoun or the sentence
before still pays its seller that price. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def _facts(text: str, title: str) -> list[tuple[str, frozenset[str], tuple[int, ...]]]:
    found = analyse_text(f"{title}\n\n{text}", PUBLISHED).facts
    return [(f.kind, frozenset(e.label for _, e in f.roles), tuple(int(a.value) for a in f.amounts)) for f in found]


def test_a_deal_the_country_s_army_signs_with_a_maker_is_the_telling_ministry_s_state() -> None:
    facts = _facts("Le ministère norvégien de la Défense a annoncé que les forces armées du pays avaient signé "
                   "lundi un accord de 300 millions de dollars avec l'entreprise Raytheon.", "Des radars pour Oslo")
    assert ("agreement", frozenset({"Norvège", "Raytheon"}), (300_000_000,)) in facts


def test_a_deal_signed_with_a_maker_by_a_side_no_one_tells_has_no_state() -> None:
    facts = _facts("Un accord a été signé lundi avec l'entreprise Raytheon.", "Des radars")
    assert not [f for f in facts if f[0] == "agreement" and len(f[1]) > 1]


def test_a_sale_priced_for_a_sum_whose_buyer_is_a_pronoun_still_pays_the_seller() -> None:
    facts = _facts("Le Maroc renforce sa flotte. Airbus lui a vendu 12 hélicoptères pour 900 millions d'euros.",
                   "Des hélicoptères pour la marine")
    assert any(kind == "financing" and "Airbus" in sides and amounts == (900_000_000,)
               for kind, sides, amounts in facts)


def test_a_sale_with_no_seller_in_its_clause_pays_no_one() -> None:
    facts = _facts("Le Maroc achète des chars. Ils seront vendus pour 900 millions d'euros.", "Des chars")
    assert not [f for f in facts if f[0] == "financing" and 900_000_000 in f[2] and "Maroc" not in f[1]]


def test_the_one_sum_of_a_headline_is_the_worth_of_the_deals_the_next_sentence_says_it_is_the_amount_of() -> None:
    facts = _facts("C'est le montant des contrats d'armement conclus par le Maroc avec la France.",
                   "Le chiffre de la semaine : 7 milliards d'euros")
    assert ("agreement", frozenset({"Maroc", "France"}), (7_000_000_000,)) in facts


def test_a_headline_sum_is_no_worth_of_a_deal_the_next_sentence_does_not_say_it_is_the_amount_of() -> None:
    facts = _facts("Le Maroc a conclu des contrats d'armement avec la France.",
                   "Le chiffre de la semaine : 7 milliards d'euros")
    assert not [f for f in facts if f[0] == "agreement" and f[2]]
