"""The facts, their evidence and the timeline as one JSON block for the page, which renders the facts table and the
timeline from it a page at a time: a report of 200 articles opens at once instead of parsing thousands of rows.

Sentences, articles and actors are listed once and referred to by index; empty fields are left out."""

from __future__ import annotations

from typing import Any

from kg.report.content import article_view
from kg.report.facts import Article, Fact

# Row fields copied to the page when not empty (content.table_row's keys).
ROW_FIELDS = ("kind", "actors", "places", "weapon", "amount", "amount_text", "date", "date_label", "modality",
              "attribution")


def facts_data(shown: list[Fact], rows: dict[str, dict[str, Any]], articles: dict[str, Article], lang: str,
               timeline: list[dict[str, Any]]) -> dict[str, Any]:
    """Facts in table order, each with the indices of its actors (IRIs) and, per piece of evidence, of its sentence
    and article; the lists they index; and the timeline's dates with the indices of their facts."""
    article_index: dict[str, int] = {}
    sentence_index: dict[str, int] = {}  # facts drawn from one sentence share it
    actor_index: dict[str, int] = {}
    listed: list[dict[str, Any]] = []
    for fact in shown:
        row = rows[fact.iri]
        entry: dict[str, Any] = {key: row[key] for key in ROW_FIELDS if row[key]}
        entry["ids"] = [actor_index.setdefault(actor, len(actor_index)) for actor in fact.actors]
        if fact.amounts:
            entry["amount_sort"] = float(max(value for value, _, _ in fact.amounts))
        entry["evidence"] = [[sentence_index.setdefault(s.text, len(sentence_index)),
                              article_index.setdefault(s.article, len(article_index))] for s in fact.evidence]
        listed.append(entry)
    number = {fact.iri: n for n, fact in enumerate(shown)}
    return {
        "facts": listed,
        "sentences": list(sentence_index),
        "articles": [_article(articles.get(iri), lang) for iri in article_index],
        "actors": list(actor_index),
        "timeline": [{"date": day["date"], "label": day["label"], "facts": [number[row["id"]] for row in day["facts"]]}
                     for day in timeline],
    }


def _article(article: Article | None, lang: str) -> dict[str, str]:
    """Short title, full title when cut, date and link, as content.table_row shows them; empty ones left out."""
    view = article_view(article, lang)
    if view["title"] == view["short"]:
        del view["title"]
    return {key: value for key, value in view.items() if value}
