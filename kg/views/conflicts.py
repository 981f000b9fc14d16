"""`kg view conflicts`: the facts on which articles disagree, read by queries/conflicts.rq (one definition of a
conflict, shared with `kg query conflicts`), each side with its value, article, date and sentence."""

from __future__ import annotations

from decimal import InvalidOperation
from typing import Any

from rdflib import Graph
from rdflib.query import ResultRow

from kg.resources import data_dir
from kg.sparql import run_query
from kg.text import exact_digits, grouped_digits, local_name, plural
from kg.views.tables import View

KIND_NAMES = {"MilitarySupport": "military support", "Agreement": "agreement", "Negotiation": "negotiation",
              "Financing": "financing"}
HEADERS = ["#", "kind", "actors", "differ on", "says", "modality", "published", "article", "sentence"]


def _text(row: ResultRow, name: str) -> str:
    value = row[name]
    return "" if value is None else str(value)


def _value(text: str, reason: str) -> str:
    """An amount as exact grouped digits (« 4 000 000 000 USD »); any other value as it is."""
    number, _, currency = text.partition(" ")
    if reason != "amount" or not currency:
        return text
    try:
        return f"{grouped_digits(exact_digits(number))} {currency}"
    except InvalidOperation:
        return text


def _side(row: ResultRow, letter: str, reason: str) -> dict[str, str]:
    side = {field: _text(row, f"{field}{letter}") for field in ("modality", "published", "sentence")}
    side["says"] = "" if reason == "modality" else _value(_text(row, f"value{letter}"), reason)
    side["article"] = _text(row, f"title{letter}") or local_name(row[f"article{letter}"])
    side["article_iri"] = _text(row, f"article{letter}")
    return side


def conflicts(graph: Graph) -> list[dict[str, Any]]:
    """Every disagreement of queries/conflicts.rq, as plain data: its kind, actors, reason and both sides."""
    text = (data_dir("queries") / "conflicts.rq").read_text(encoding="utf-8")
    found = []
    for row in run_query(graph, text, name="conflicts", engine="oxigraph"):
        assert isinstance(row, ResultRow)  # a SELECT query
        reason = str(row["reason"])
        found.append({"kind": KIND_NAMES.get(local_name(row["kind"]), local_name(row["kind"])),
                      "actors": _text(row, "actors"), "reason": reason,
                      "sides": [_side(row, "A", reason), _side(row, "B", reason)]})
    return found


def conflicts_view(graph: Graph) -> View:
    """Two rows per disagreement, one per source; JSON gives the same as data. There is no network to draw."""
    found = conflicts(graph)
    rows = []
    for number, conflict in enumerate(found, 1):
        for i, side in enumerate(conflict["sides"]):
            head = [conflict["kind"], conflict["actors"], conflict["reason"]] if i == 0 else ["", "", ""]
            rows.append([str(number), *head, side["says"], side["modality"], side["published"], side["article"],
                         side["sentence"]])
    articles = len({side["article_iri"] for conflict in found for side in conflict["sides"]})
    title = (f"{plural(len(found), 'disagreement')} between {plural(articles, 'article')}" if found
             else "No disagreement: no two articles tell the same fact differently.")
    return View(title, [], HEADERS, rows, {"disagreements": found}, None)
