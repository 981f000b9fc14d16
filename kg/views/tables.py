"""What each `kg view` command shows: a title, a text table and a JSON document, with the (sub-)network that graph
formats and pictures write."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from itertools import pairwise
from typing import Any

import networkx as nx
from rdflib import Graph, URIRef

from kg.table import render_table
from kg.text import french_label, plural, short_iri
from kg.views.analyses import centrality, communities, neighbors, shortest_paths
from kg.views.network import MODALITY_RANK, Claim, Link, links


@dataclass
class View:
    """What a `kg view` command shows: a title, free text lines or a table (headers and rows), a JSON document, and
    the network that graph formats write."""

    title: str
    lines: list[str]
    headers: list[str]
    rows: list[list[str]]
    data: Any
    network: Any

    def text(self, width: int | None = None) -> str:
        """The title, then its lines or its table fitted to `width` (None: no limit)."""
        parts = [self.title, *self.lines]
        if self.rows:
            parts += ["", render_table(self.headers, self.rows, width)]
        return "\n".join(parts)


def _name(network: Any, node: str) -> str:
    return str(network.nodes[node]["label"])


def _relation_text(network: Any, link: Link, first: str) -> str:
    """« Suède -finances-> Finlande », read from `first` (« Finlande <-finances- Suède »)."""
    if not link.directed:
        other = link.target if link.source == first else link.source
        return f"{_name(network, first)} -{link.kind}- {_name(network, other)}"
    if link.source == first:
        return f"{_name(network, link.source)} -{link.kind}-> {_name(network, link.target)}"
    return f"{_name(network, link.target)} <-{link.kind}- {_name(network, link.source)}"


def _claim_note(claim: Claim) -> str:
    return f"{claim.modality}, per {claim.attributed_to}" if claim.attributed_to else claim.modality


def _node_json(network: Any, node: str) -> dict[str, Any]:
    data = network.nodes[node]
    return {"id": node, "label": data["label"], "kind": data["kind"]}


def _edge_json(source: str, target: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"source": source, "target": target, **{k: data[k] for k in (
        "kind", "directed", "weight", "modality", "facts", "modalities", "sentences", "attributions")}}


def _network_json(network: Any) -> dict[str, Any]:
    return {"nodes": [_node_json(network, n) for n in network],
            "edges": [_edge_json(s, t, d) for s, t, d in network.edges(data=True)]}


def _modality_summary(modalities: Iterable[str]) -> str:
    return ", ".join(sorted(set(modalities), key=MODALITY_RANK.__getitem__))


def _scope(include_possible: bool) -> str:
    return "asserted, reported and possible facts" if include_possible else "asserted and reported facts"


def actors_view(network: Any, include_possible: bool = False) -> View:
    """The whole actor network; the table lists its relations, most facts first."""
    edges = sorted(network.edges(data=True), key=lambda e: (-e[2]["weight"], _name(network, e[0]),
                                                           _name(network, e[1]), e[2]["kind"]))
    rows = [[_name(network, s), d["kind"] + (" ->" if d["directed"] else ""), _name(network, t), str(d["weight"]),
             _modality_summary(d["modalities"])] for s, t, d in edges]
    facts = len({f for _, _, d in edges for f in d["facts"]})
    title = (f"{plural(network.number_of_nodes(), 'actor')}, {plural(network.number_of_edges(), 'relation')}, "
             f"{plural(facts, 'fact')} ({_scope(include_possible)})")
    return View(title, [], ["actor", "relation", "actor", "facts", "modality"], rows, _network_json(network), network)


def _sub_network(network: Any, nodes: set[str], pairs: set[frozenset[str]] | None = None) -> Any:
    """A copy of the network on `nodes` (and only the edges between `pairs` of them, when given), in the network's
    own order: networkx's subgraph views may follow the order of a set, which changes with the hash seed."""
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, dict(d)) for n, d in network.nodes(data=True) if n in nodes)
    sub.add_edges_from((s, t, k, dict(d)) for s, t, k, d in network.edges(keys=True, data=True)
                       if s in nodes and t in nodes and (pairs is None or frozenset((s, t)) in pairs))
    return sub


def _label(network: Any, node: str, graph: Graph | None) -> str:
    if node in network:
        return _name(network, node)
    return french_label(graph, URIRef(node)) if graph is not None else short_iri(node)


def path_view(network: Any, a: str, b: str, limit: int = 10, graph: Graph | None = None) -> View:
    """The shortest chains from a to b, each hop with its relations, sentences and modalities (`graph` names
    actors that have no relation)."""
    chains = shortest_paths(network, a, b, limit)
    name_a, name_b = _label(network, a, graph), _label(network, b, graph)
    if not chains:
        missing = [_label(network, n, graph) for n in (a, b) if n not in network]
        reason = f" ({' and '.join(missing)} ha{'ve' if len(missing) > 1 else 's'} no relation in the graph)" \
            if missing else ""
        title = f"no chain of relations links {name_a} and {name_b}{reason}"
        return View(title, [], [], [], {"from": a, "to": b, "chains": []}, nx.MultiDiGraph())
    hops = len(chains[0]) - 1
    title = f"{name_a} to {name_b}: {plural(len(chains), 'shortest chain')} of {plural(hops, 'hop')}"
    lines: list[str] = []
    data = []
    for number, chain in enumerate(chains, 1):
        lines += ["", f"chain {number}: " + " — ".join(_name(network, n) for n in chain)]
        chain_data = []
        for first, second in pairwise(chain):
            found = links(network, first, second)
            for link in found:
                for claim in link.claims:
                    lines.append(f"  {_relation_text(network, link, first)}: « {claim.sentence} » "
                                 f"({_claim_note(claim)})")
            chain_data.append({"from": first, "to": second, "relations": [
                {"kind": k.kind, "source": k.source, "target": k.target, "directed": k.directed,
                 "claims": [asdict(c) for c in k.claims]} for k in found]})
        data.append({"actors": [_node_json(network, n) for n in chain], "hops": chain_data})
    nodes = {n for chain in chains for n in chain}
    sub = _sub_network(network, nodes, {frozenset(p) for chain in chains for p in pairwise(chain)})
    return View(title, lines, [], [], {"from": a, "to": b, "chains": data}, sub)


def neighbors_view(network: Any, entity: str, depth: int = 1, graph: Graph | None = None) -> View:
    """The actors within `depth` relations of `entity`: one row per relation that reaches each of them."""
    distances = neighbors(network, entity, depth)
    label = _label(network, entity, graph)
    if len(distances) <= 1:
        title = f"{label} has no relation in the graph"
        sub = _sub_network(network, set(distances))
        return View(title, [], [], [], {"entity": entity, "depth": depth, "neighbors": [], "edges": []}, sub)
    sub = _sub_network(network, set(distances))
    count = len(distances) - 1
    title = f"{label}: {plural(count, 'actor')} within {plural(depth, 'hop')}"
    rows = []
    for node in sorted((n for n in distances if n != entity), key=lambda n: (distances[n], _name(network, n))):
        for previous in sorted((p for p in distances if distances[p] == distances[node] - 1
                                and (sub.has_edge(p, node) or sub.has_edge(node, p))), key=lambda p: _name(network, p)):
            for link in links(sub, previous, node):
                rows.append([str(distances[node]), _name(network, node), sub.nodes[node]["kind"],
                             _relation_text(sub, link, previous), str(len(link.claims)),
                             _modality_summary(c.modality for c in link.claims)])
    data = {"entity": entity, "depth": depth,
            "neighbors": [{**_node_json(network, n), "distance": d} for n, d in sorted(
                distances.items(), key=lambda item: (item[1], _name(network, item[0]))) if n != entity],
            "edges": _network_json(sub)["edges"]}
    return View(title, [], ["depth", "actor", "kind", "relation", "facts", "modality"], rows, data, sub)


def central_view(network: Any, top: int = 10, by: str = "pagerank") -> View:
    """The `top` most central actors by PageRank, betweenness or degree; graph formats get every actor with its
    scores as node attributes."""
    scores = centrality(network)
    if by != "pagerank":
        scores = sorted(scores, key=lambda s: (-round(getattr(s, by), 12), -s.pagerank, s.label))
    shown = scores[:top]
    title = f"{len(shown)} most central of {plural(len(scores), 'actor')} (by {by})"
    rows = [[str(i), s.label, s.kind, str(s.degree), str(s.facts), f"{s.betweenness:.3f}", f"{s.pagerank:.3f}"]
            for i, s in enumerate(shown, 1)]
    scored = network.copy()
    for s in scores:
        scored.nodes[s.node].update(degree=s.degree, facts=s.facts, betweenness=round(s.betweenness, 6),
                                    pagerank=round(s.pagerank, 6))
    data = [{"id": s.node, "label": s.label, "kind": s.kind, "degree": s.degree, "facts": s.facts,
             "betweenness": round(s.betweenness, 6), "pagerank": round(s.pagerank, 6)} for s in shown]
    headers = ["rank", "actor", "kind", "degree", "facts", "betweenness", "pagerank"]
    return View(title, [], headers, rows, data, scored)


def communities_view(network: Any) -> View:
    """Communities of actors; graph formats get every actor with its community number."""
    groups = communities(network)
    title = f"{plural(len(groups), 'community', 'communities')} of {plural(network.number_of_nodes(), 'actor')}"
    lines = [""] if groups else []
    grouped = network.copy()
    for number, group in enumerate(groups, 1):
        lines.append(f"{number}. ({len(group)}) " + ", ".join(_name(network, n) for n in group))
        for node in group:
            grouped.nodes[node]["community"] = number
    data = [{"community": i, "members": [_node_json(network, n) for n in group]} for i, group in enumerate(groups, 1)]
    return View(title, lines, [], [], data, grouped)
