"""The actor network of a graph: states, people and organisations as nodes, one edge per kind of relation and
direction between two actors, each keeping its facts, modalities, sentences and attributions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import networkx as nx
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV

from kg.namespaces import KG, KGR, ORG, SCHEMA
from kg.text import french_label


@dataclass(frozen=True)
class Relation:
    """How one kind of fact becomes edges between actors."""

    kind: str
    fact_class: URIRef
    source: URIRef  # role of the source actor
    target: URIRef | None  # role of the target actor; None for a post (holder -> org:postIn of the post)
    symmetric: bool
    colour: str


# Every kind of relation the views know, in the order legends list them.
RELATIONS = (
    Relation("negotiates with", KG.Negotiation, KG.participant, KG.participant, True, "#1f77b4"),
    Relation("agrees with", KG.Agreement, KG.party, KG.party, True, "#2ca02c"),
    Relation("supports", KG.MilitarySupport, KG.supporter, KG.recipient, False, "#d62728"),
    Relation("finances", KG.Financing, KG.funder, KG.recipient, False, "#ff7f0e"),
    Relation("holds post in", KG.PostHolding, KG.holder, None, False, "#7f7f7f"),
)
RELATION = {r.kind: r for r in RELATIONS}
MODALITY_RANK = {"asserted": 0, "reported": 1, "possible": 2}
# Most specific class first: a company is also an organisation.
ACTOR_KINDS = ((KG.Company, "company"), (KG.GovernmentBody, "government body"),
               (KG.InternationalOrganisation, "international organisation"), (KG.ArmedGroup, "armed group"),
               (KG.State, "state"), (KG.Person, "person"), (SCHEMA.Person, "person"),
               (KG.Organisation, "organisation"), (SCHEMA.Organization, "organisation"))


@dataclass(frozen=True)
class Claim:
    """One fact behind a relation, with the sentence that states it."""

    fact: str
    modality: str
    sentence: str
    attributed_to: str


@dataclass(frozen=True)
class Link:
    """All the facts of one kind between two actors, in the relation's own direction."""

    source: str
    target: str
    kind: str
    directed: bool
    claims: tuple[Claim, ...]


class _LabelCache:
    """Each node's label, read once (a graph of 100,000 triples asks for the same actors often)."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._labels: dict[URIRef, str] = {}

    def __call__(self, node: URIRef) -> str:
        if node not in self._labels:
            self._labels[node] = french_label(self.graph, node)
        return self._labels[node]


def actor_kind(graph: Graph, node: URIRef) -> str:
    """The most specific kind of actor the node is (« state », « company »...), else « actor »."""
    types = set(graph.objects(node, RDF.type))
    return next((name for cls, name in ACTOR_KINDS if cls in types), "actor")


def _evidence(graph: Graph, fact: URIRef) -> str:
    """The fact's first sentence in article order (the sentence that states it)."""
    found = []
    for evidence in graph.objects(fact, PROV.wasDerivedFrom):
        sentence = graph.value(evidence, KG.sentence)
        if sentence is not None:
            start = graph.value(evidence, KG.charStart)
            position = int(start) if isinstance(start, Literal) and str(start).isdigit() else 0
            found.append((str(graph.value(evidence, KG.article) or ""), position, str(sentence)))
    return min(found)[2] if found else ""


def attribution(graph: Graph, fact: URIRef, label: Callable[[URIRef], str]) -> str:
    """Who the fact is attributed to: the source's label, else the source as the article words it."""
    source = graph.value(fact, KG.attributedTo)
    if isinstance(source, URIRef):
        return label(source)
    text = graph.value(fact, KG.sourceText)
    return " ".join(str(text).strip(" ,;:").split()) if text is not None else ""


def allowed_modalities(include_possible: bool) -> set[str]:
    return {"asserted", "reported", "possible"} if include_possible else {"asserted", "reported"}


def corpus_aliases(graph: Graph) -> Callable[[URIRef], URIRef]:
    """An entity -> the one it was merged into across articles (`owl:sameAs` between corpus entities, written by
    kg.identity_rdf; the reference data's links to Wikidata are not merges)."""
    aliases = {s: o for s, o in graph.subject_objects(OWL.sameAs)
               if isinstance(s, URIRef) and isinstance(o, URIRef) and str(s).startswith(KGR) and str(o).startswith(KGR)}

    def canonical(node: URIRef) -> URIRef:
        seen = {node}
        while node in aliases and aliases[node] not in seen:
            node = aliases[node]
            seen.add(node)
        return node

    return canonical


def actor_network(graph: Graph, include_possible: bool = False) -> Any:
    """The actors (states, people, organisations) as nodes, one edge per kind of relation and direction, weighted
    by its number of facts; each edge keeps its facts, modalities, sentences and attributions. Denied facts are
    never relations; possible ones only with include_possible."""
    label = _LabelCache(graph)
    modalities = allowed_modalities(include_possible)
    found: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    canonical = corpus_aliases(graph)
    for relation in RELATIONS:
        for fact in sorted(f for f in set(graph.subjects(RDF.type, relation.fact_class)) if isinstance(f, URIRef)):
            modality = str(graph.value(fact, KG.modality) or "asserted")
            if modality not in modalities:
                continue
            pairs = list(_pairs(graph, fact, relation))
            if not pairs:
                continue
            claim = Claim(str(fact), modality, _evidence(graph, fact), attribution(graph, fact, label))
            for source, target in pairs:
                source, target = canonical(source), canonical(target)
                if source != target:
                    found[(str(source), str(target), relation.kind)].append(claim)
    network = nx.MultiDiGraph()
    actors = sorted({URIRef(n) for s, t, _ in found for n in (s, t)}, key=lambda n: (label(n), str(n)))
    for actor in actors:
        network.add_node(str(actor), label=label(actor), kind=actor_kind(graph, actor))
    for (start, end, kind), claims in sorted(found.items()):
        network.add_edge(start, end, key=kind, **_edge_data(kind, claims))
    return network


def _pairs(graph: Graph, fact: URIRef, relation: Relation) -> Iterator[tuple[URIRef, URIRef]]:
    sources = sorted(o for o in set(graph.objects(fact, relation.source)) if isinstance(o, URIRef))
    if relation.symmetric:
        yield from combinations(sources, 2)
        return
    if relation.target is None:
        targets = {graph.value(post, ORG.postIn) for post in graph.objects(fact, KG.post)}
    else:
        targets = set(graph.objects(fact, relation.target))
    for source in sources:
        for target in sorted(t for t in targets if isinstance(t, URIRef)):
            if source != target:
                yield source, target


def _edge_data(kind: str, claims: list[Claim]) -> dict[str, Any]:
    claims = sorted(claims, key=lambda c: (MODALITY_RANK[c.modality], c.fact))
    return {"kind": kind, "directed": not RELATION[kind].symmetric, "weight": len(claims),
            "modality": claims[0].modality, "facts": [c.fact for c in claims],
            "modalities": [c.modality for c in claims], "sentences": [c.sentence for c in claims],
            "attributions": [c.attributed_to for c in claims]}


def links(network: Any, a: str, b: str) -> list[Link]:
    """Every relation between actors a and b, in either direction."""
    out = []
    for source, target in ((a, b), (b, a)):
        for kind, data in sorted((network.get_edge_data(source, target) or {}).items()):
            claims = tuple(Claim(*parts) for parts in zip(data["facts"], data["modalities"], data["sentences"],
                                                          data["attributions"], strict=True))
            out.append(Link(source, target, kind, data["directed"], claims))
    return out


def projection(network: Any) -> Any:
    """The undirected actor graph, one edge per pair of actors weighted by all their facts (for centrality,
    communities and chains)."""
    simple = nx.Graph()
    simple.add_nodes_from(network.nodes(data=True))
    for source, target, weight in network.edges(data="weight"):
        if simple.has_edge(source, target):
            simple[source][target]["weight"] += weight
        else:
            simple.add_edge(source, target, weight=weight)
    return simple
