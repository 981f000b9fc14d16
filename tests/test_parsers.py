"""Property tests for the parsers of numbers, money and dates, and for IRI minting."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pyoxigraph
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.extract import dates
from kg.extract.dates import find_dates
from kg.extract.money import find_amounts, parse_number
from kg.rdf import entity_iri
from kg.records import Entity

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def french(value: Decimal) -> str:
    """4200.5 -> '4 200,5' as the French press writes it."""
    whole, _, fraction = f"{value:f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", " ")
    return grouped + ("," + fraction if fraction else "")


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_french_numbers_round_trip(value: Decimal) -> None:
    assert parse_number(french(value)) == value


@given(st.integers(min_value=1, max_value=999), st.sampled_from([("milliards", 10**9), ("millions", 10**6)]),
       st.sampled_from([("d'euros", "EUR"), ("de dollars", "USD"), ("de couronnes norvégiennes", "NOK"),
                        ("de livres sterling", "GBP")]), st.booleans())
def test_money_in_a_sentence(number: int, scale: tuple[str, int], currency: tuple[str, str], approx: bool) -> None:
    text = f"Le pays a promis {'environ ' if approx else ''}{number} {scale[0]} {currency[0]} à Kiev."
    found = find_amounts(text)
    assert len(found) == 1
    amount = found[0].amount
    assert (amount.value, amount.currency, amount.approximate) == (number * scale[1], currency[1], approx)
    assert text[found[0].start:found[0].end].endswith(currency[0].split()[-1])


def test_money_forms() -> None:
    families: dict[str, str] = {}
    cases = {"1,5 Md€": (Decimal("1.5e9"), "EUR"), "300 millions de dollars": (Decimal("3e8"), "USD"),
             "deux milliards d'euros": (Decimal("2e9"), "EUR"), "4,2 milliards de couronnes norvégiennes":
             (Decimal("4.2e9"), "NOK"), "3 milliards de couronnes": (Decimal("3e9"), "NOK")}
    for text, (value, code) in cases.items():
        (found,) = find_amounts(text, families)
        assert (found.amount.value, found.amount.currency) == (value, code), text


def test_bare_currency_without_context_is_not_guessed() -> None:
    assert find_amounts("un prêt de 3 milliards de couronnes") == []


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)))
@settings(max_examples=60, deadline=None)
def test_explicit_dates(day: dt.date) -> None:
    text = f"Les pourparlers se tiendront le {day.day} {MONTHS[day.month - 1]} {day.year} à Genève."
    (found,) = find_dates(text, None)
    assert found.first == day


@given(st.integers(min_value=1, max_value=27), st.integers(min_value=1, max_value=12))
@settings(max_examples=40, deadline=None)
def test_yearless_dates_use_published_or_stay_month_day(day: int, month: int) -> None:
    text = f"les {day} et {day + 1} {MONTHS[month - 1]}"
    (without,) = find_dates(text, None)
    assert (without.first, without.last) == (f"--{month:02d}-{day:02d}", f"--{month:02d}-{day + 1:02d}")
    (anchored,) = find_dates(text, dt.date(2025, 6, 1))
    assert anchored.first == dt.date(2025, month, day)


def test_relative_dates_need_an_anchor() -> None:
    assert find_dates("la semaine prochaine", None) == []
    (found,) = find_dates("la semaine prochaine", dt.date(2025, 2, 13))
    assert found.first == dt.date(2025, 2, 20)


def _dateparser(text: str, base: dt.date | None = None) -> dt.date | None:
    """What dateparser itself reads, with the settings kg.extract.dates gives it."""
    import dateparser

    settings = {"PREFER_DATES_FROM": "current_period"}
    settings.update({"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day)} if base else {"DATE_ORDER": "DMY"})
    parsed = dateparser.parse(text, languages=["fr"], settings=settings)
    return None if parsed is None else parsed.date()


SPELLINGS = [*MONTHS, "fevrier", "aout", "decembre"]
RELATIVE = ["aujourd'hui", "Demain", "hier", "la semaine prochaine", "la semaine dernière", "le mois prochain",
            "le  mois dernier"]


def test_dates_read_without_dateparser_are_dateparsers() -> None:
    """kg.extract.dates reads a day that exists itself and leaves the rest to dateparser: the same answers,
    checked where they could part (month ends, leap years, the edges of 1900-2100, every spelling and case)."""
    texts = [f"{day} {case(month)} {year}" for month in SPELLINGS for case in (str.lower, str.upper)
             for year in (1899, 2024, 2025, 2100) for day in (0, 1, 28, 29, 30, 31, 32)]
    dates._parse.cache_clear()
    assert [t for t in texts if dates._parse(t) != _dateparser(t)] == []


def test_relative_dates_read_without_dateparser_are_dateparsers() -> None:
    month_ends = [dt.date(year, month, 1) - dt.timedelta(days=back) for year in (2024, 2025)
                  for month in range(1, 13) for back in (1, 2, 3)]
    assert [(said, day) for said in RELATIVE for day in month_ends
            if dates._relative(said, day) != _dateparser(said, day)] == []


SAFE_IRI = re.compile(r"^https://w3id\.org/kg-news/id/(person|org)-[a-z0-9-]+-[0-9a-f]{8}$")


@given(st.text(min_size=1, max_size=80), st.sampled_from(["Person", "Organisation"]))
def test_minted_iris_are_safe_and_parse(name: str, cls: str) -> None:
    iri = entity_iri(Entity(f"{cls.lower()}:{name}", name, cls))
    assert SAFE_IRI.match(str(iri)), iri
    graph = Graph()
    graph.add((iri, SKOS.prefLabel, Literal(name)))
    text = graph.serialize(format="turtle")
    assert URIRef(str(iri)) in set(Graph().parse(data=text, format="turtle").subjects())
    strict = list(pyoxigraph.parse(text.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE))  # Oxigraph's parser
    assert [str(t.subject.value) for t in strict] == [str(iri)]


@given(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40))
def test_minted_iris_are_deterministic_and_distinct(a: str, b: str) -> None:
    first, second = Entity(f"person:{a}", a, "Person"), Entity(f"person:{b}", b, "Person")
    assert entity_iri(first) == entity_iri(Entity(f"person:{a}", a, "Person"))
    if a != b:
        assert entity_iri(first) != entity_iri(second)


def test_parts_of_months() -> None:
    published = dt.date(2024, 1, 10)
    found = {text: find_dates(text, published)[0].first for text in ("fin février", "début avril 2026", "mi-mai")}
    assert found == {"fin février": dt.date(2024, 2, 29), "début avril 2026": dt.date(2026, 4, 1),
                     "mi-mai": dt.date(2024, 5, 15)}
    (yearless,) = find_dates("les discussions reprendront fin mars", None)
    assert yearless.first == "--03-31"
