"""pyoxigraph and rdflib, both ways: terms and query answers. The one conversion the store,
its query results, in-memory queries run by Oxigraph and the reference-data loader share."""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result

from kg.errors import QueryError

_PLAIN = {"http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}


def rdflib_term(term: Any) -> Any:
    """pyoxigraph term -> rdflib term (plain literals without xsd:string, as rdflib's parser and writer give them)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype in _PLAIN else URIRef(datatype))
    raise TypeError(f"unsupported pyoxigraph term: {term!r}")


def to_oxigraph(term: Any) -> Any:
    """rdflib term -> pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(re.sub(r"[^A-Za-z0-9_]", "_", str(term)))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        datatype = ox.NamedNode(str(term.datatype)) if term.datatype is not None else None
        return ox.Literal(str(term), datatype=datatype)
    raise TypeError(f"not an RDF term: {term!r}")


def as_result(found: Any, name: str) -> Result:
    """pyoxigraph answer -> materialised rdflib Result; an evaluation error is one line of QueryError."""
    try:
        return _materialise(found)
    except (OSError, RuntimeError, ValueError) as exc:
        message = " ".join(str(exc).split())[:160]
        raise QueryError(f"{name}: Oxigraph could not evaluate the query ({message})") from None


def _materialise(found: Any) -> Result:
    if isinstance(found, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(found)
        return result
    if isinstance(found, ox.QueryTriples):
        result = Result("CONSTRUCT")
        graph = Graph()
        for triple in found:
            graph.add((rdflib_term(triple.subject), rdflib_term(triple.predicate), rdflib_term(triple.object)))
        result.graph = graph
        return result
    result = Result("SELECT")
    names = [v.value for v in found.variables]
    result.vars = [Variable(n) for n in names]
    result.bindings = [{Variable(n): rdflib_term(row[n]) for n in names if row[n] is not None} for row in found]
    return result
