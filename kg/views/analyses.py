"""Analyses of the actor network on its undirected projection: shortest chains, neighbourhoods, centrality
(degree, betweenness, PageRank) and communities (Louvain)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Any

import networkx as nx

from kg.errors import EntityError
from kg.views.network import projection


def shortest_paths(network: Any, a: str, b: str, limit: int = 10) -> list[list[str]]:
    """Up to `limit` shortest chains of actors from a to b, whatever the direction of each relation."""
    if a == b:
        raise EntityError("the two names are the same actor")
    simple = projection(network)
    if a not in simple or b not in simple:
        return []
    try:
        chains = list(islice(nx.all_shortest_paths(simple, a, b), limit))
    except nx.NetworkXNoPath:
        return []
    return sorted(chains, key=lambda chain: [network.nodes[n]["label"] for n in chain])


def neighbors(network: Any, entity: str, depth: int = 1) -> dict[str, int]:
    """The actors within `depth` relations of `entity` (itself included, at 0), with their distance."""
    if entity not in network:
        return {}
    distances: dict[str, int] = nx.single_source_shortest_path_length(projection(network), entity, cutoff=depth)
    return distances


@dataclass(frozen=True)
class Score:
    """How central one actor is."""

    node: str
    label: str
    kind: str
    degree: int  # number of distinct actors related
    facts: int  # weighted degree: number of facts
    betweenness: float
    pagerank: float


def centrality(network: Any) -> list[Score]:
    """Degree, weighted degree, betweenness and PageRank of every actor on the undirected projection, most
    central first (by PageRank). Betweenness is estimated from 500 sources on networks of more than 1,000 actors."""
    simple = projection(network)
    size = len(simple)
    betweenness = nx.betweenness_centrality(simple, k=None if size <= 1000 else 500, seed=0)
    rank = pagerank(simple)
    scores = [Score(n, simple.nodes[n]["label"], simple.nodes[n]["kind"], simple.degree(n),
                    simple.degree(n, weight="weight"), betweenness[n], rank[n]) for n in simple]
    return sorted(scores, key=lambda s: (-round(s.pagerank, 12), -s.facts, s.label))


def pagerank(graph: Any) -> dict[str, float]:
    """Weighted PageRank (networkx's, damping 0.85)."""
    if len(graph) == 0:
        return {}
    ranks: dict[str, float] = nx.pagerank(graph, alpha=0.85, weight="weight", tol=1e-10, max_iter=500)
    return ranks


def keep_actors(network: Any, top: int | None = None, kinds: set[str] | None = None, min_facts: int = 1) -> Any:
    """The network on some of its actors: those of `kinds` (all when empty) with at least `min_facts` facts, the
    `top` with the most facts among them, and the relations between them (in the network's own order)."""
    strength = dict(projection(network).degree(weight="weight"))
    chosen = [n for n in network if (not kinds or network.nodes[n]["kind"] in kinds) and strength[n] >= min_facts]
    if top is not None:
        chosen = sorted(chosen, key=lambda n: (-strength[n], network.nodes[n]["label"]))[:top]
    kept = set(chosen)
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, dict(d)) for n, d in network.nodes(data=True) if n in kept)
    sub.add_edges_from((s, t, k, dict(d)) for s, t, k, d in network.edges(keys=True, data=True)
                       if s in kept and t in kept)
    return sub


def communities(network: Any) -> list[list[str]]:
    """Groups of actors more related to each other than to the rest (Louvain, fixed seed), largest first; each
    group's most connected actor first."""
    simple = projection(network)
    if len(simple) == 0:
        return []
    groups = nx.community.louvain_communities(simple, weight="weight", seed=0)
    strength = dict(simple.degree(weight="weight"))

    def order(n: str) -> tuple[int, str]:
        return (-strength[n], simple.nodes[n]["label"])

    members = [sorted(group, key=order) for group in groups]
    return sorted(members, key=lambda group: (-len(group), order(group[0])))
