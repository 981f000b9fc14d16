"""A large graph without spaCy: the held-out corpus's articles replicated under renamed IRIs, for `kg report`."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.namespaces import KG, KGR, SCHEMA

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout.trig"  # kg build tests/heldout/ -o heldout.trig


def replicate(articles: int, out: Path, source: Path = HELDOUT) -> Path:
    """Write `articles` articles to `out` (N-Triples): copy n of an article renames every IRI minted in it (its facts,
    evidence, people and organisations), dates it, and every fifth copy denies its first asserted supply, so that
    sources disagree. Reference entities (states, weapons) stay shared."""
    dataset = Dataset()
    with warnings.catch_warnings():  # rdflib's TriG parser uses its own deprecated Dataset API
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset.parse(data=source.read_text(encoding="utf-8"), format="trig")
    reference = {s for s in dataset.default_graph.subjects() if isinstance(s, URIRef)}
    originals = sorted((g for g in dataset.graphs() if g.identifier != dataset.default_graph.identifier and len(g)),
                       key=lambda g: str(g.identifier))
    merged = Graph()
    merged += dataset.default_graph
    for number in range(articles):
        original = originals[number % len(originals)]
        merged += _copy(original, reference, number, number // len(originals))
    merged.serialize(out, format="nt", encoding="utf-8")
    return out


def _copy(original: Graph, reference: set[URIRef], number: int, copy: int) -> Graph:
    minted = {s for s in original.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KGR))} - reference

    def rename(term: object) -> object:
        return URIRef(f"{term}-c{copy}") if copy and term in minted else term

    graph = Graph()
    for s, p, o in original:
        if copy and p in {SKOS.prefLabel, RDFS.label, SCHEMA.headline} and s in minted and isinstance(o, Literal):
            o = Literal(f"{o} ({copy})", lang=o.language)
        graph.add((rename(s), p, rename(o)))  # type: ignore[arg-type]
    article = next(iter(graph.subjects(RDF.type, SCHEMA.NewsArticle)))
    published = dt.date(2024, 1, 1) + dt.timedelta(days=3 * number)
    graph.add((article, SCHEMA.datePublished, Literal(published.isoformat(), datatype=XSD.date)))
    graph.add((article, SCHEMA.url, Literal(f"https://news.example/{number}")))
    if copy % 5 == 1:
        supplies = sorted((f for f in graph.subjects(RDF.type, KG.MilitarySupport)
                           if graph.value(f, KG.modality) == Literal("asserted")), key=str)
        for fact in supplies[:1]:
            graph.set((fact, KG.modality, Literal("denied")))
    return graph
