"""build(): read -> nlp -> extract (claims, link, discourse) -> rdf, the one place that wires the stages.

Articles are analysed in batches (one `nlp.pipe` over the paragraphs of several articles), in this process or
in `jobs` worker processes that each load the model once; results come back in input order, so a build is the
same whatever the number of jobs."""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, islice
from typing import TYPE_CHECKING

from rdflib import Dataset

from kg.errors import InputError, KgError
from kg.read import DEFAULT_MAX_BYTES, Article, read_articles
from kg.records import ArticleFacts

if TYPE_CHECKING:
    from kg.extract.reference_index import ReferenceIndex

BATCH = 16  # articles per nlp.pipe call: large enough to batch, small enough to stream


@dataclass
class BuildReport:
    dataset: Dataset
    articles: int = 0
    facts: int = 0
    failed: list[str] = field(default_factory=list)  # one line per source or article that could not be analysed
    warnings: list[str] = field(default_factory=list)
    unchanged: int = 0  # articles a store already holds as they are (not analysed again)
    pruned: list[str] = field(default_factory=list)  # sources a store build removed


@dataclass(frozen=True)
class Analysed:
    """One article and what was found in it, or why its analysis failed."""

    article: Article
    found: ArticleFacts | None
    error: str | None = None


@cache
def reference_index() -> ReferenceIndex:
    """The reference data and the spaCy matcher over its names, built once per process. The garbage collector
    waits while they load, then leaves them out of its passes (gc.freeze): loading the model after the reference
    graph made each full pass walk both, and every later pass walked them again (GC time in a build of 1,000
    articles: 1.2 s of CPU before, 0.3 s after)."""
    from kg import gazetteer, nlp
    from kg.extract.reference_index import ReferenceIndex

    thresholds = gc.get_threshold()
    gc.set_threshold(0)  # not gc.disable(): spaCy's loader (srsly) enables the collector again
    try:
        gaz = gazetteer.load()
        index = ReferenceIndex.build(gaz, nlp.matcher(gaz), nlp.words)
    finally:
        gc.set_threshold(*thresholds)
    gc.freeze()
    return index


def analyse_batch(articles: Sequence[Article]) -> list[Analysed]:
    """Parse the paragraphs of several articles in one nlp.pipe, then read each article's facts. An article
    whose analysis fails is returned with its error; the others are not affected."""
    from kg import nlp
    from kg.extract import extract_article

    ref = reference_index()
    docs = iter(nlp.parse(p.text for article in articles for p in article.paragraphs))
    done: list[Analysed] = []
    for article in articles:
        own = list(islice(docs, len(article.paragraphs)))
        try:
            done.append(Analysed(article, extract_article(article, own, ref)))
        except KgError:
            raise
        except Exception as exc:
            done.append(Analysed(article, None, f"{article.source}: analysis failed ({type(exc).__name__}: {exc})"))
    return done


def analyse_text(text: str, published: dt.date | None = None) -> ArticleFacts:
    """What one article text says (its first line is the title): mentions and facts, without RDF."""
    from kg.read import parse_article

    [result] = analyse_batch([parse_article(text, "<text>", published)])
    if result.found is None:
        raise KgError(result.error or "analysis failed")
    return result.found


def _batches(articles: Iterable[Article]) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, BATCH)):
        yield batch


def analyse(articles: Iterable[Article], jobs: int = 1) -> Iterator[Analysed]:
    """Every article analysed, in input order: in this process, or in `jobs` worker processes when there are
    more articles than one batch."""
    iterator = iter(articles)
    head = list(islice(iterator, BATCH + 1))
    if jobs <= 1 or len(head) <= BATCH:
        for batch in _batches(chain(head, iterator)):
            yield from analyse_batch(batch)
        return
    articles = chain(head, iterator)
    forking = "fork" in multiprocessing.get_all_start_methods()
    if forking:
        reference_index()  # loaded once here, inherited by every worker
    context = multiprocessing.get_context("fork" if forking else None)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for done in pool.map(analyse_batch, _batches(articles)):
            yield from done


def read_all(paths: Sequence[str], published: dt.date | None, max_bytes: int, report: BuildReport,
             strict: bool) -> Iterator[Article]:
    """The articles of every source, each text once. An unreadable source stops the build with `strict`,
    else it is reported in `report.failed` and skipped."""
    seen: set[str] = set()
    for path in paths:
        try:
            articles = read_articles(path, published, max_bytes, report.warnings)
        except InputError as exc:
            if strict or len(paths) == 1:
                raise
            report.failed.append(str(exc))
            continue
        for article in articles:
            if article.id not in seen:
                seen.add(article.id)
                yield article


def build(paths: Sequence[str], published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
          on_article: Callable[[str], None] | None = None, jobs: int = 1, strict: bool = False) -> BuildReport:
    """Build the graph of articles. A source that cannot be read, or an article whose analysis fails, is
    reported in `failed` and skipped, so one bad file does not stop a corpus (`strict`: the first bad source
    stops the build)."""
    from kg.identity_rdf import emit_corpus
    from kg.rdf import Emitter

    emitter = Emitter(reference_index().gaz)
    report = BuildReport(Dataset())
    found: list[tuple[Article, ArticleFacts]] = []  # one entity across articles: resolved once all are read
    for done in analyse(read_all(paths, published, max_bytes, report, strict), jobs):
        if done.found is None:
            report.failed.append(done.error or f"{done.article.source}: analysis failed")
            continue
        found.append((done.article, done.found))
        report.articles += 1
        report.facts += len(done.found.facts)
        if on_article is not None:
            on_article(done.article.source)
    emit_corpus(emitter, found)
    report.dataset = emitter.dataset()
    return report


def build_into_store(paths: Sequence[str], store_dir: str, published: dt.date | None = None,
                     max_bytes: int = DEFAULT_MAX_BYTES, on_article: Callable[[str], None] | None = None,
                     jobs: int = 1, strict: bool = False, prune: bool = False) -> BuildReport:
    """Build articles into the on-disk corpus store: an article whose text (and date anchor) is unchanged is
    skipped without analysis, a changed one replaces its named graph in one transaction, and with `prune`
    the sources no longer given leave the store. A build killed mid-way loses only the article in progress."""
    from kg import __version__
    from kg.identity_rdf import StoreIdentity
    from kg.oxigraph_store import content_hash, open_store
    from kg.rdf import Emitter, article_iri

    report = BuildReport(Dataset())
    anchor = published.isoformat() if published else ""
    with open_store(store_dir) as store:
        known = {source: entry.content_hash for source, entry in store.known_articles().items()}
        given: list[str] = []

        def changed(articles: Iterable[Article]) -> Iterator[Article]:
            for article in articles:
                given.append(article.source)
                if known.get(article.source) == content_hash(article.text, __version__, anchor):
                    report.unchanged += 1
                    continue
                yield article

        identity: StoreIdentity | None = None  # made, like the model, only when an article needs analysis
        described: set[str] = set()  # reference descriptions already sent to the store in this build
        for done in analyse(changed(read_all(paths, published, max_bytes, report, strict)), jobs):
            if done.found is None:
                report.failed.append(done.error or f"{done.article.source}: analysis failed")
                continue
            identity = identity or StoreIdentity(store)
            emitter = Emitter(reference_index().gaz, described)
            same = identity.add(emitter, done.article, done.found)  # writes the article with the store's IRIs
            graph = article_iri(done.article.id)
            store.replace_article(done.article.source, content_hash(done.article.text, __version__, anchor),
                                  emitter.graph(graph), str(graph), reference=emitter.reference, identity=same)
            report.articles += 1
            report.facts += len(done.found.facts)
            if on_article is not None:
                on_article(done.article.source)
        if prune:
            report.pruned = store.prune(given)
    return report
