"""Where a command reads its graph from: a graph file, or an on-disk corpus store (--store DIR)."""

from __future__ import annotations

from rdflib import Graph

from kg.errors import InputError


def check_source(graph: str | None, store: str | None) -> None:
    if (graph is None) == (store is None):
        raise InputError("give a GRAPH file or --store DIR, one of them")


def open_graph(graph: str | None, store: str | None) -> Graph:
    """The graph of a file (every named graph of .nq/.trig kept) or of a store (its graphs merged), for the
    rdflib-based commands."""
    check_source(graph, store)
    if store is not None:
        from kg.oxigraph_store import open_store
        from kg.rdf import merged

        with open_store(store, read_only=True) as corpus:
            return merged(corpus.dataset())
    from kg.graphfile import load_graph

    assert graph is not None
    return load_graph(graph)
