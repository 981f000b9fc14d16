"""The report's content in one language: facts chosen by actor and period, as table rows, timeline entries,
a summary and the claims on which articles disagree."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kg.report.facts import Article, Fact, Labels
from kg.report.labels import KINDS, MODALITIES, VENUE_STATUS, format_amount, format_date, parse_date

POSITIVE = {"asserted", "reported"}
DASH = " \u2013 "  # between the two ends of a period
TITLE_LENGTH = 110  # an article without a headline is titled by its first paragraph


@dataclass(frozen=True)
class Scope:
    """Which facts the report shows: those of one actor (an IRI), within a period (by each fact's date)."""

    actor: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


def fact_date(fact: Fact, articles: dict[str, Article], published_else: bool = True) -> str:
    """The fact's date, a date without a year taking its article's year; else (if `published_else`) the article's
    publication date."""
    published = articles[fact.article].published if fact.article in articles else ""
    if fact.date.startswith("--") and published:
        return published[:4] + fact.date[1:]
    return fact.date or (published if published_else else "")


def in_scope(fact: Fact, articles: dict[str, Article], scope: Scope) -> bool:
    if scope.actor is not None and scope.actor not in fact.actors:
        return False
    if scope.since is None and scope.until is None:
        return True
    day = parse_date(fact_date(fact, articles))
    if day is None:
        return False
    return (scope.since is None or day >= scope.since) and (scope.until is None or day <= scope.until)


def table_row(fact: Fact, articles: dict[str, Article], label: Labels, lang: str) -> dict[str, Any]:
    """One row of the facts table: display text, plus the keys the page sorts and filters on."""
    def names(iris: Iterable[str]) -> str:
        return ", ".join(label(i) for i in iris)

    actors = names(fact.sources) + (f" → {names(fact.targets)}" if fact.targets else "")
    places = ", ".join(f"{place} ({VENUE_STATUS[lang].get(status, status)})" if status else place
                       for place, status in fact.places)
    date = fact_date(fact, articles, published_else=False)
    evidence = [{"sentence": s.text, "article": article_view(articles.get(s.article), lang)} for s in fact.evidence]
    return {
        "id": fact.iri, "kind": fact.kind, "kind_label": KINDS[lang][fact.kind], "actors": actors,
        "actor_ids": " ".join(fact.actors), "places": places, "weapon": ", ".join(fact.weapons),
        "amount": "; ".join(format_amount(v, c, lang) for v, c, _ in fact.amounts),
        "amount_sort": str(max((v for v, _, _ in fact.amounts), default="")),
        "amount_text": "; ".join(text for _, _, text in fact.amounts if text),
        "date": date, "date_label": _period(date, fact.end, lang), "modality": fact.modality,
        "modality_label": MODALITIES[lang].get(fact.modality, fact.modality), "attribution": fact.attribution,
        "evidence": evidence[:1], "more_evidence": evidence[1:],
    }


def article_view(article: Article | None, lang: str) -> dict[str, str]:
    if article is None:
        return {"title": "", "short": "", "date": "", "url": ""}
    return {"title": article.title, "short": shorten(article.title, TITLE_LENGTH),
            "date": format_date(article.published, lang) if article.published else "",
            "url": article.url if article.url.startswith(("http://", "https://")) else ""}


def shorten(text: str, length: int) -> str:
    """`text` cut at a word boundary to at most `length` characters, with « … » when cut."""
    if len(text) <= length:
        return text
    return text[:length].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"


def _period(start: str, end: str, lang: str) -> str:
    if not start:
        return ""
    if end and end[-5:] != start[-5:]:
        return f"{format_date(start, lang)}{DASH}{format_date(end, lang)}"
    return format_date(start, lang)


def timeline(rows: list[dict[str, Any]], lang: str, no_year: str) -> list[dict[str, Any]]:
    """Dated facts by date (dates without a year after the others, by month and day), one entry per date."""
    by_date: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["date"]:
            by_date[row["date"]].append(row)
    ordered = sorted(by_date, key=lambda d: (d.startswith("--"), d))
    return [{"date": d, "label": format_date(d, lang) + (f" ({no_year})" if d.startswith("--") else ""),
             "facts": by_date[d]} for d in ordered]


def summary(shown: list[Fact], articles: dict[str, Article], lang: str) -> dict[str, Any]:
    """Article count, period covered, and facts counted by kind and modality."""
    used = {s.article for fact in shown for s in fact.evidence}
    days = sorted(d for d in (parse_date(fact_date(f, articles)) for f in shown) if d is not None)
    days += [d for d in (parse_date(articles[a].published) for a in used if a in articles) if d is not None]
    counts = Counter((fact.kind, fact.modality) for fact in shown)
    modalities = list(MODALITIES[lang])
    by_kind = [{"label": KINDS[lang][kind], "counts": [counts[(kind, m)] for m in modalities],
                "total": sum(counts[(kind, m)] for m in modalities)} for kind in KINDS[lang]]
    return {
        "articles": len(used) if shown else len(articles), "facts": len(shown),
        "period": [format_date(d.isoformat(), lang) for d in (min(days), max(days))] if days else None,
        "modalities": [MODALITIES[lang][m] for m in modalities],
        "by_kind": [k for k in by_kind if k["total"]],
        "modality_totals": [sum(counts[(k, m)] for k in KINDS[lang]) for m in modalities],
    }


def disagreements(shown: list[Fact], rows: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims with the same kind and actors that articles tell differently: asserted or reported in one and denied
    in another, or with different amounts."""
    groups: dict[tuple[str, tuple[str, ...], tuple[str, ...]], list[Fact]] = defaultdict(list)
    for fact in shown:
        if fact.actors:
            groups[(fact.kind, fact.sources, fact.targets)].append(fact)
    found = []
    for claims in groups.values():
        if len({fact.article for fact in claims}) < 2:
            continue
        reasons = []
        modalities = {fact.article: fact.modality for fact in claims}
        if POSITIVE & set(modalities.values()) and "denied" in modalities.values():
            reasons.append("disagree_modality")
        amounts = {tuple((v, c) for v, c, _ in fact.amounts) for fact in claims if fact.amounts}
        if len(amounts) > 1:
            reasons.append("disagree_amount")
        if reasons:
            first = rows[claims[0].iri]
            found.append({"kind_label": first["kind_label"], "actors": first["actors"], "reasons": reasons,
                          "claims": [rows[fact.iri] for fact in claims]})
    return sorted(found, key=lambda d: (d["kind_label"], d["actors"]))
