"""A bare « francs » in an article that names France (or Belgium, Luxembourg) and no state whose currency today is
a franc, published before the euro or undated, is that state's franc of the time; after the euro, or with
Switzerland named, it stays the default Swiss franc (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.currency_families import hint_families
from kg.extract.money import find_amounts

TEXT = "Le contrat porte sur 3 milliards de francs."


def currency(states: set[str], published: dt.date | None) -> str:
    families: dict[str, str] = {}
    hint_families(families, states, published)
    (found,) = find_amounts(TEXT, families)
    return found.amount.currency


@pytest.mark.parametrize(("states", "published", "code"), [
    ({"FRA", "ARE"}, None, "FRF"),
    ({"FRA"}, dt.date(1997, 3, 4), "FRF"),
    ({"BEL", "RUS"}, dt.date(1995, 6, 1), "BEF"),
])
def test_a_bare_franc_before_the_euro_is_the_named_state_s(states: set[str], published: dt.date | None,
                                                            code: str) -> None:
    assert currency(states, published) == code


@pytest.mark.parametrize(("states", "published"), [
    ({"FRA"}, dt.date(2015, 3, 4)),  # after the euro: no French franc
    ({"FRA", "CHE"}, None),  # Switzerland named: a Swiss franc may be meant
    ({"FRA", "BEL"}, None),  # two former francs: none chosen
    ({"ARE"}, None),
    ({"BEL", "COD"}, None),  # the Congolese franc is a franc today
])
def test_a_bare_franc_stays_swiss_otherwise(states: set[str], published: dt.date | None) -> None:
    assert currency(states, published) == "CHF"


def test_an_explicit_currency_told_before_stays() -> None:
    families: dict[str, str] = {}
    find_amounts("un premier lot de 2 millions de francs suisses", families)
    hint_families(families, {"FRA"}, None)
    (found,) = find_amounts(TEXT, families)
    assert found.amount.currency == "CHF"


def headline_currencies(text: str) -> set[str]:
    from kg.pipeline import analyse_text
    facts = analyse_text(text).facts
    return {amount.currency for fact in facts for amount in fact.amounts}


def test_a_headline_s_francs_are_read_with_the_states_its_article_names() -> None:
    text = ("Le président en visite à Abou Dhabi : un contrat de 9 milliards de francs pour des blindés\n\n"
            "La France a signé avec les Émirats arabes unis un contrat de 9 milliards de francs pour des chars "
            "Leclerc.\n")
    assert headline_currencies(text) == {"FRF"}
