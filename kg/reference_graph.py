"""The reference data's Turtle files (ontology/) as one rdflib graph, read by Oxigraph's parser."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Node

from kg.terms import rdflib_term


def parse_turtle(paths: list[Path]) -> Graph:
    """Turtle files as one rdflib graph, read by Oxigraph's parser (rdflib's own took a second of every build).
    The triples and their order are those rdflib's parser gives; a plain literal has no datatype, as in rdflib."""
    graph = Graph(store="SimpleMemory")  # no named graphs here: the lighter store, the same triple order
    terms: dict[object, Node] = {}

    def term(value: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
        found = terms.get(value)
        if found is None:
            found = terms[value] = rdflib_term(value)
        return found

    for path in paths:
        with path.open("rb") as file:
            graph.addN((term(q.subject), term(q.predicate), term(q.object), graph)
                       for q in ox.parse(file, ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri()))
    return graph
