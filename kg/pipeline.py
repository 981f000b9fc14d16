"""build(): read -> nlp -> extract (claims, link, discourse) -> rdf, the one place that wires the stages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from rdflib import Dataset

from kg.errors import KgError
from kg.read import DEFAULT_MAX_BYTES, Article, read_article
from kg.records import ArticleFacts

if TYPE_CHECKING:
    from kg.extract.claims import ReferenceIndex


@dataclass
class BuildReport:
    dataset: Dataset
    articles: int = 0
    facts: int = 0
    failed: list[str] = field(default_factory=list)  # one line per article that could not be analysed
    warnings: list[str] = field(default_factory=list)


@cache
def reference_index() -> ReferenceIndex:
    """The reference data and the spaCy matcher over its names, built once per process."""
    from kg import gazetteer, nlp
    from kg.extract.claims import ReferenceIndex

    gaz = gazetteer.load()
    return ReferenceIndex.build(gaz, nlp.matcher(gaz), nlp.words)


def analyse_text(text: str, published: dt.date | None = None) -> ArticleFacts:
    """What one article text says (its first line is the title): mentions and facts, without RDF."""
    from kg import nlp
    from kg.extract import extract_article
    from kg.read import parse_article

    article = parse_article(text, "<text>", published)
    docs = list(nlp.parse(p.text for p in article.paragraphs))
    return extract_article(article, docs, reference_index())


read_text = analyse_text  # the name the README gives; analyse_text says what it does


def build(paths: Sequence[str], published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
          on_article: Callable[[str], None] | None = None) -> BuildReport:
    """Build the graph of articles. Unreadable input raises KgError; an article whose analysis fails is
    reported in `failed` and skipped, so one bad article does not stop a corpus."""
    from kg import nlp
    from kg.extract import extract_article
    from kg.rdf import Emitter

    warnings: list[str] = []
    articles: list[Article] = [read_article(p, published, max_bytes, warnings) for p in paths]
    ref = reference_index()
    emitter = Emitter(ref.gaz)
    report = BuildReport(emitter.dataset, warnings=warnings)
    for article in articles:
        try:
            docs = list(nlp.parse(p.text for p in article.paragraphs))
            found = extract_article(article, docs, ref)
            emitter.add(article, found)
        except KgError:
            raise
        except Exception as exc:
            report.failed.append(f"{article.source}: analysis failed ({type(exc).__name__}: {exc})")
            continue
        report.articles += 1
        report.facts += len(found.facts)
        if on_article is not None:
            on_article(article.source)
    return report
