"""Build a corpus on a Dask cluster and push it to a SPARQL 1.1 Graph Store Protocol endpoint.

Analysing an article is a pure function of its text, its date and the reference data, so it runs as Dask tasks:
each task analyses a batch of articles (one `nlp.pipe`, the model loaded once per worker process) and PUTs each
article's named graph to the endpoint itself; the reference descriptions the articles use come back to the client,
which sends them once to the default graph. The same code runs on a LocalCluster (`"local"`) or on a scheduler
and workers started on many machines (`dask scheduler`, `dask worker tcp://HOST:8786`) that reach the endpoint.

    from kg.distributed import build_on_dask
    report = build_on_dask(["corpus/"], "http://localhost:7878/store", scheduler="tcp://HOST:8786")
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from rdflib import Dataset

from kg.pipeline import BATCH, BuildReport, read_all
from kg.read import DEFAULT_MAX_BYTES, Article, expand_inputs
from kg.remote import DEFAULT_TIMEOUT, send_graph

if TYPE_CHECKING:
    from distributed import Client


@dataclass(frozen=True)
class Pushed:
    """What a task did with one article: its graph sent (with its fact count), or why its analysis failed."""

    source: str
    facts: int = 0
    graph: str | None = None
    reference: bytes = b""  # N-Triples of the reference entities the article names, for the default graph
    error: str | None = None


def analyse_and_push(articles: Sequence[Article], endpoint: str, timeout: float = DEFAULT_TIMEOUT) -> list[Pushed]:
    """The Dask task: analyse `articles` in one batch and PUT each one's named graph to `endpoint`. Pure but for
    that push, which replaces the article's graph, so a task that runs twice leaves the same endpoint."""
    from kg.pipeline import analyse_batch, reference_index
    from kg.rdf import Emitter, article_iri

    done: list[Pushed] = []
    for result in analyse_batch(articles):
        if result.found is None:
            done.append(Pushed(result.article.source, error=result.error or "analysis failed"))
            continue
        emitter = Emitter(reference_index().gaz)
        emitter.add(result.article, result.found)
        iri = str(article_iri(result.article.id))
        send_graph(endpoint, emitter.graph(article_iri(result.article.id)).ntriples(), iri, timeout=timeout)
        done.append(Pushed(result.article.source, len(result.found.facts), iri, emitter.reference.ntriples()))
    return done


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, size)):
        yield batch


def _client(scheduler: str | Client | None, workers: int | None) -> tuple[Client, Callable[[], None]]:
    """A client for a scheduler address, an existing client, or a LocalCluster (`"local"` or None) of `workers`
    single-threaded worker processes (default: one per core); and how to close what was opened here."""
    from distributed import Client, LocalCluster

    if isinstance(scheduler, Client):
        return scheduler, lambda: None
    if scheduler in {None, "local"}:
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)

        def close() -> None:
            client.close()
            cluster.close()

        return client, close
    client = Client(str(scheduler), timeout=DEFAULT_TIMEOUT)
    return client, client.close


def build_on_dask(paths: Sequence[str], endpoint: str, scheduler: str | Client | None = None,
                  published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES, strict: bool = False,
                  batch: int = BATCH, timeout: float = DEFAULT_TIMEOUT, workers: int | None = None,
                  on_article: Callable[[str], None] | None = None) -> BuildReport:
    """Analyse the articles of `paths` (files, folders, globs, as `kg build` takes them) as Dask tasks of
    `batch` articles, each pushing its articles' named graphs to `endpoint`, then merge the reference descriptions
    into the endpoint's default graph. Failures are listed in the report as in a local build; at most two batches
    per worker thread are in flight (memory stays flat). `workers` sizes a LocalCluster."""
    from distributed import as_completed

    report = BuildReport(Dataset())
    client, close = _client(scheduler, workers)
    reference: set[bytes] = set()
    try:
        window = 2 * max(1, sum(client.nthreads().values()))
        batches = _batches(read_all(expand_inputs(paths), published, max_bytes, report, strict), batch)
        running = as_completed([client.submit(analyse_and_push, b, endpoint, timeout, pure=False)
                                for b in islice(batches, window)])
        for future in running:
            for pushed in future.result():
                _record(report, pushed, reference, on_article)
            for more in islice(batches, 1):
                running.add(client.submit(analyse_and_push, more, endpoint, timeout, pure=False))
    finally:
        close()
    if reference:
        send_graph(endpoint, b"\n".join(sorted(reference)) + b"\n", None, merge=True, timeout=timeout)
    return report


def _record(report: BuildReport, pushed: Pushed, reference: set[bytes],
            on_article: Callable[[str], None] | None) -> None:
    if pushed.error is not None:
        report.failed.append(pushed.error)
        return
    report.articles += 1
    report.facts += pushed.facts
    reference.update(line for line in pushed.reference.splitlines() if line.strip())
    if on_article is not None:
        on_article(pushed.source)

