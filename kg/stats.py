"""Counts of a graph by class, by relation and by modality."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rdflib import RDF, Graph, URIRef

from kg.namespaces import KG
from kg.text import local_name


def graph_stats(graph: Graph) -> dict[str, Any]:
    """Triples; classes and kg: relations by local name; facts by modality, with their share."""
    classes = Counter(local_name(o) for o in graph.objects(None, RDF.type) if isinstance(o, URIRef))
    relations = Counter(local_name(p) for p in graph.predicates() if str(p).startswith(str(KG._NS)))
    # a venue claim is part of its negotiation, not a fact of its own (as kg build counts them)
    facts = set(graph.subjects(RDF.type, KG.Fact)) - set(graph.subjects(RDF.type, KG.VenueClaim))
    modality = Counter(str(graph.value(f, KG.modality)) for f in facts)
    total = sum(modality.values())
    shares = {m: {"count": n, "share": round(n / total, 3)} for m, n in sorted(modality.items())}
    return {"triples": len(graph), "classes": dict(sorted(classes.items())),
            "relations": dict(sorted(relations.items())), "facts": total, "modality": shares}


def format_stats(counts: dict[str, Any]) -> str:
    """The counts of graph_stats as aligned text."""
    lines = [f"triples  {counts['triples']}", f"facts    {counts['facts']}", "", "by modality"]
    lines += [f"  {m:10s} {v['count']:6d}  {v['share']:.0%}" for m, v in counts["modality"].items()]
    lines += ["", "by class"] + [f"  {c:24s} {n:6d}" for c, n in counts["classes"].items()]
    lines += ["", "by relation"] + [f"  {r:24s} {n:6d}" for r, n in counts["relations"].items()]
    return "\n".join(lines)
