"""One firm under two names: a firm and the name it bore before it was renamed (kg:renamedAs), or a firm and the
group it belongs to (schema:parentOrganization), are one side; an agreement between them is none, and one that
names both with another side keeps the first of the two only. Records only, like kg.extract.discourse."""

from __future__ import annotations

from dataclasses import replace

from rdflib import Graph, URIRef

from kg.namespaces import KG, SCHEMA
from kg.records import Entity, Fact


def _selves(graph: Graph, iri: str) -> set[str]:
    """The firm, the names it was renamed to and the groups above it (each of those renamed or owned in turn)."""
    found: set[str] = set()
    todo = [URIRef(iri)]
    while todo:
        node = todo.pop()
        if str(node) in found:
            continue
        found.add(str(node))
        todo += [o for p in (KG.renamedAs, SCHEMA.parentOrganization) for o in graph.objects(node, p)
                 if isinstance(o, URIRef)]
    return found


def one_firm(graph: Graph, first: Entity, other: Entity) -> bool:
    """Two names of one firm: a former and a later name, or a firm and its group."""
    if first.cls != "Company" or other.cls != "Company" or first.iri is None or other.iri is None:
        return False
    return other.iri in _selves(graph, first.iri) or first.iri in _selves(graph, other.iri)


def one_side_each(graph: Graph, facts: list[Fact]) -> list[Fact]:
    """The facts, an agreement's parties that are one firm under two names taken as one (the first named); an
    agreement left with one side is no agreement."""
    kept: list[Fact] = []
    for fact in facts:
        parties = fact.get("party") if fact.kind == "agreement" else []
        twice = {id(p) for n, p in enumerate(parties) if any(one_firm(graph, q, p) for q in parties[:n])}
        if not twice:
            kept.append(fact)
        elif len(parties) - len(twice) >= 2:
            kept.append(replace(fact, roles=tuple((r, e) for r, e in fact.roles
                                                    if r != "party" or id(e) not in twice)))
    return kept
