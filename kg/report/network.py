"""The actor network of the report: kg's own actor network (kg.views) cut to the facts shown, its communities,
its most central actors, and a layout computed here so the page draws at once, without physics."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Collection
from typing import Any

import networkx as nx
from rdflib import Graph

from kg.report.facts import Fact
from kg.views import actor_network, centrality, communities

SPREAD = 60.0  # pixels between two related actors, roughly
ASPECT = 2.4  # width / height of the drawing on the page
LARGE = 500  # networkx needs SciPy to lay out this many nodes


def network_of(graph: Graph, shown: Collection[Fact]) -> Any:
    """kg's actor network (possible facts included, denied never) with only the facts in `shown`."""
    kept = {fact.iri for fact in shown}
    full = actor_network(graph, include_possible=True)
    network = nx.MultiDiGraph()
    for source, target, key, data in full.edges(keys=True, data=True):
        facts = [f for f in data.get("facts", []) if f in kept]
        if facts:
            for node in (source, target):
                network.add_node(node, **full.nodes[node])
            network.add_edge(source, target, key=key, facts=facts, weight=len(facts))
    return network


def network_payload(network: Any, facts: dict[str, Fact], label: Callable[[str], str]) -> dict[str, Any]:
    """Nodes (with community, size and position) and edges (one per pair, kind and modality) for the page."""
    groups = communities(network)
    community = {node: number for number, group in enumerate(groups) for node in group}
    position = layout(network, groups)
    strength = dict(nx.MultiGraph(network).degree(weight="weight")) if len(network) else {}
    nodes = [{"id": node, "label": label(node), "kind": data.get("kind", "actor"),
              "community": community.get(node, 0), "facts": strength.get(node, 0),
              "x": round(position[node][0], 1), "y": round(position[node][1], 1)}
             for node, data in network.nodes(data=True)]
    merged: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    for source, target, data in network.edges(data=True):
        for iri in data["facts"]:
            fact = facts[iri]
            merged[(source, target, fact.kind, fact.modality)].append(iri)
    edges = [{"id": f"e{number}", "from": source, "to": target, "kind": kind, "modality": modality,
              "directed": kind in {"support", "financing", "post"}, "weight": len(iris), "facts": sorted(iris)}
             for number, ((source, target, kind, modality), iris) in enumerate(sorted(merged.items()))]
    return {"nodes": nodes, "edges": edges,
            "communities": [{"id": n, "size": len(g), "label": label(g[0])} for n, g in enumerate(groups)]}


def most_central(network: Any, label: Callable[[str], str], top: int = 8) -> list[dict[str, Any]]:
    return [{"id": s.node, "label": label(s.node), "facts": s.facts, "degree": s.degree,
             "pagerank": round(s.pagerank, 3)} for s in centrality(network)[:top]]


def layout(network: Any, groups: list[list[str]]) -> dict[str, tuple[float, float]]:
    """Each connected component laid out on its own (spring layout, fixed seed), then the components packed in rows,
    largest first, so that unrelated groups of actors neither overlap nor drift to the far corners."""
    simple = nx.Graph()  # nodes and ties in a fixed order, so that a graph is always drawn the same
    simple.add_nodes_from(sorted(network))
    simple.add_edges_from(sorted(tuple(sorted(edge)) for edge in network.to_undirected().edges()))
    parts = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    placed = [_component(_ordered(simple, part), groups) for part in parts]
    return _pack(placed)


def _component(part: Any, groups: list[list[str]]) -> dict[str, tuple[float, float]]:
    size = SPREAD * math.sqrt(len(part))
    if len(part) == 1:
        return {next(iter(part)): (0.0, 0.0)}
    if len(part) < LARGE:
        spots = nx.spring_layout(part, seed=0, scale=size)
        return {node: (float(x), float(y)) for node, (x, y) in spots.items()}
    # networkx lays out 500 nodes or more with SciPy, which kg does without: lay out each community on its own,
    # placed by a layout of the graph between communities.
    inside = [[n for n in group if n in part] for group in groups]
    inside = [group for group in inside if group]
    member = {node: number for number, group in enumerate(inside) for node in group}
    between = nx.Graph()
    between.add_nodes_from(range(len(inside)))
    between.add_edges_from((member[a], member[b]) for a, b in part.edges() if member[a] != member[b])
    small = len(inside) < LARGE
    centres = nx.spring_layout(between, seed=0, scale=size) if small else nx.circular_layout(between, scale=size)
    spots = {}
    for number, group in enumerate(inside):
        local = (_component(_ordered(part, group), [group]) if len(group) < LARGE
                 else nx.circular_layout(group, scale=size))
        spots.update({n: (float(centres[number][0]) + x, float(centres[number][1]) + y) for n, (x, y) in local.items()})
    return spots


def _ordered(graph: Any, nodes: list[str]) -> Any:
    """The subgraph on `nodes`, in their order (a networkx subgraph view lists them in set order, which varies
    between runs and with it the seeded layout)."""
    chosen = set(nodes)
    part = nx.Graph()
    part.add_nodes_from(nodes)
    part.add_edges_from(sorted(tuple(sorted(e)) for e in graph.edges(nodes) if e[0] in chosen and e[1] in chosen))
    return part


def _pack(placed: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Components side by side in rows, the whole about as wide as the page's drawing (ASPECT) allows."""
    boxes = []
    for spots in placed:
        xs, ys = [x for x, _ in spots.values()], [y for _, y in spots.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + SPREAD, max(ys) - min(ys) + SPREAD))
    width = max([b[2] for b in boxes[:1]] + [math.sqrt(ASPECT * sum(b[2] * b[3] for b in boxes))])
    out: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for spots, (left, top, w, h) in zip(placed, boxes, strict=True):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        out.update({n: (px - left + x, py - top + y) for n, (px, py) in spots.items()})
        x, row = x + w, max(row, h)
    return out
