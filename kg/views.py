"""NetworkX views of a graph: the actor network, chains between two actors, neighbourhoods, centrality and
communities, written as a table, JSON, GraphML, GEXF, DOT or a picture (PNG, SVG)."""

from __future__ import annotations

import difflib
import io
import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import combinations, islice, pairwise
from typing import IO, Any

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg.errors import EntityError, KgError, OutputError
from kg.namespaces import KG, KGR, ORG, SCHEMA

# ------------------------------------------------------------------------------------------------ the model


@dataclass(frozen=True)
class Relation:
    """How one kind of fact becomes edges between actors."""

    kind: str
    fact_class: URIRef
    source: URIRef  # role of the source actor
    target: URIRef | None  # role of the target actor; None for a post (holder -> org:postIn of the post)
    symmetric: bool
    colour: str


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
NODE_COLOUR = {"state": "#9ecae1", "person": "#fdd49e", "government body": "#c7e9c0", "organisation": "#c7e9c0",
               "international organisation": "#c7e9c0", "company": "#dadaeb", "armed group": "#fcbba1"}
LABEL_PROPERTIES = (SKOS.prefLabel, SKOS.altLabel, RDFS.label, KG.officialName)


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


# ------------------------------------------------------------------------------------------------ network
class _Reader:
    """Reads labels and kinds of nodes once each (a graph of 100,000 triples asks for the same actors often)."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._labels: dict[URIRef, str] = {}

    def label(self, node: URIRef) -> str:
        if node not in self._labels:
            self._labels[node] = display_label(self.graph, node)
        return self._labels[node]

    def kind(self, node: URIRef) -> str:
        types = set(self.graph.objects(node, RDF.type))
        return next((name for cls, name in ACTOR_KINDS if cls in types), "actor")

    def evidence(self, fact: URIRef) -> str:
        """The fact's first sentence in article order (the sentence that states it)."""
        found = []
        for evidence in self.graph.objects(fact, PROV.wasDerivedFrom):
            sentence = self.graph.value(evidence, KG.sentence)
            if sentence is not None:
                start = self.graph.value(evidence, KG.charStart)
                position = int(start) if isinstance(start, Literal) and str(start).isdigit() else 0
                found.append((str(self.graph.value(evidence, KG.article) or ""), position, str(sentence)))
        return min(found)[2] if found else ""

    def attribution(self, fact: URIRef) -> str:
        source = self.graph.value(fact, KG.attributedTo)
        if isinstance(source, URIRef):
            return self.label(source)
        text = self.graph.value(fact, KG.sourceText)
        return " ".join(str(text).strip(" ,;:").split()) if text is not None else ""


def display_label(graph: Graph, node: URIRef) -> str:
    """The French label of a node (skos:prefLabel, then rdfs:label), else any label, else its IRI's last part."""
    for prop in (SKOS.prefLabel, RDFS.label):
        labels = [o for o in graph.objects(node, prop) if isinstance(o, Literal)]
        for language in ("fr", None):
            chosen = sorted(str(o) for o in labels if language is None or o.language == language)
            if chosen:
                return chosen[0]
    return re.split(r"[/#]", str(node))[-1]


def allowed_modalities(include_possible: bool) -> set[str]:
    return {"asserted", "reported", "possible"} if include_possible else {"asserted", "reported"}


def actor_network(graph: Graph, include_possible: bool = False) -> Any:
    """The actors (states, people, organisations) as nodes, one edge per kind of relation and direction, weighted
    by its number of facts; each edge keeps its facts, modalities, sentences and attributions. Denied facts are
    never relations; possible ones only with include_possible."""
    reader = _Reader(graph)
    modalities = allowed_modalities(include_possible)
    found: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for relation in RELATIONS:
        for fact in sorted(f for f in set(graph.subjects(RDF.type, relation.fact_class)) if isinstance(f, URIRef)):
            modality = str(graph.value(fact, KG.modality) or "asserted")
            if modality not in modalities:
                continue
            pairs = list(_pairs(graph, fact, relation))
            if not pairs:
                continue
            claim = Claim(str(fact), modality, reader.evidence(fact), reader.attribution(fact))
            for source, target in pairs:
                found[(str(source), str(target), relation.kind)].append(claim)
    network = nx.MultiDiGraph()
    actors = sorted({URIRef(n) for s, t, _ in found for n in (s, t)}, key=lambda n: (reader.label(n), str(n)))
    for actor in actors:
        network.add_node(str(actor), label=reader.label(actor), kind=reader.kind(actor))
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


# ------------------------------------------------------------------------------------------------ names
_ARTICLE = re.compile(r"^(?:la|le|les|l|the)\s+")


def normalise(name: str) -> str:
    """Lower case, no accents, no punctuation, no leading article: « l'Élysée » -> « elysee »."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").casefold()
    text = " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())
    return _ARTICLE.sub("", text)


@dataclass
class _Names:
    labels: dict[str, set[URIRef]] = field(default_factory=lambda: defaultdict(set))
    stands_for: dict[URIRef, URIRef] = field(default_factory=dict)


def _name_index(graph: Graph, network: Any) -> _Names:
    names = _Names()
    actors: set[URIRef] = {URIRef(n) for n in network} if network is not None else set()
    for cls, _ in ACTOR_KINDS:
        actors.update(s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef))
    places: set[URIRef] = set()
    for city, state in graph.subject_objects(KG.capitalOf):
        if isinstance(city, URIRef) and isinstance(state, URIRef):
            names.stands_for[city] = state
            places.add(city)
    for body, state in graph.subject_objects(KG.standsFor):
        if isinstance(body, URIRef) and isinstance(state, URIRef):
            names.stands_for[body] = state
    for node in actors | places:
        for prop in LABEL_PROPERTIES:
            for label in graph.objects(node, prop):
                if isinstance(label, Literal) and normalise(str(label)):
                    names.labels[normalise(str(label))].add(node)
    return names


def find_entity(graph: Graph, name: str, network: Any = None) -> str:
    """The actor a person means by `name`: an IRI, or any label or alias in any language, with case and accents
    ignored; a capital stands for its state. Raises EntityError for an unknown or ambiguous name, with the closest
    labels. When a network is given, its actors win over others."""
    text = name.strip()
    if text.startswith("kgr:"):
        text = str(KGR) + text[4:]
    if text.startswith(("http://", "https://", "urn:")) or (text.startswith("<") and text.endswith(">")):
        iri = URIRef(text.strip("<>"))
        if (network is not None and str(iri) in network) or (iri, None, None) in graph:
            return str(iri)
        raise EntityError(f"no entity {name} in the graph")
    names = _name_index(graph, network)
    key = normalise(text)
    if not key:
        raise EntityError(f"{name!r} is not a name")
    for level in (_equal, _words, _word_prefix):
        chosen = _resolve({n for label, nodes in names.labels.items() if level(label, key) for n in nodes}, names,
                          network)
        if len(chosen) == 1:
            return str(next(iter(chosen)))
        if chosen:
            listed = ", ".join(sorted(f"{display_label(graph, n)} ({_short(n)})" for n in chosen)[:8])
            raise EntityError(f"{name!r} is ambiguous: {listed}\ngive more of the name, or the IRI")
    close = difflib.get_close_matches(key, list(names.labels), n=8, cutoff=0.6)
    suggestions = list(dict.fromkeys(display_label(graph, n) for label in close
                                     for n in sorted(_resolve(names.labels[label], names, network))))[:5]
    if suggestions:
        raise EntityError(f"no actor named {name!r} in the graph; closest: {', '.join(suggestions)}")
    known = sorted(network.nodes[n]["label"] for n in network)[:8] if network is not None else []
    hint = f"; actors include: {', '.join(known)}" if known else ""
    raise EntityError(f"no actor named {name!r} in the graph{hint}")


def _equal(label: str, key: str) -> bool:
    return label == key


def _words(label: str, key: str) -> bool:
    """`key` is a run of whole words of `label` (« virtanen » in « ilkka virtanen »)."""
    return f" {key} " in f" {label} "


def _word_prefix(label: str, key: str) -> bool:
    """`key` starts a run of words of `label` (« norveg » in « norvege »)."""
    return f" {key}" in f" {label}"


def _resolve(matches: set[URIRef], names: _Names, network: Any) -> set[URIRef]:
    """Capitals become their state; a body stands for its state unless it is an actor of the network itself."""
    out = set()
    for node in matches:
        state = names.stands_for.get(node)
        in_network = network is not None and str(node) in network
        out.add(state if state is not None and not in_network else node)
    if network is not None and any(str(n) in network for n in out):
        out = {n for n in out if str(n) in network}
    return out


def _short(node: object) -> str:
    text = str(node)
    return "kgr:" + text[len(str(KGR)):] if text.startswith(str(KGR)) else text


# ------------------------------------------------------------------------------------------------ analyses
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


def pagerank(graph: Any, alpha: float = 0.85, tolerance: float = 1e-10, max_iter: int = 500) -> dict[str, float]:
    """Weighted PageRank by power iteration (networkx's own needs SciPy, which kg does not depend on)."""
    size = len(graph)
    if size == 0:
        return {}
    strength = dict(graph.degree(weight="weight"))
    rank = dict.fromkeys(graph, 1.0 / size)
    directed = graph.is_directed()
    for _ in range(max_iter):
        dangling = alpha * sum(rank[n] for n in graph if strength[n] == 0) / size
        new = dict.fromkeys(graph, (1.0 - alpha) / size + dangling)
        for u, v, weight in graph.edges(data="weight", default=1):
            new[v] += alpha * rank[u] * weight / strength[u]
            if not directed:
                new[u] += alpha * rank[v] * weight / strength[v]
        change = sum(abs(new[n] - rank[n]) for n in graph)
        rank = new
        if change < size * tolerance:
            break
    return rank


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


# ------------------------------------------------------------------------------------------------ views
@dataclass
class View:
    """What a `kg view` command shows: a table, a JSON document, and the network that graph formats write."""

    title: str
    table: str
    data: Any
    network: Any


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


def _columns(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join(lines)


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
    title = (f"{network.number_of_nodes()} actors, {network.number_of_edges()} relations, {facts} facts "
             f"({_scope(include_possible)})")
    table = title if not rows else title + "\n\n" + _columns(["actor", "relation", "actor", "facts", "modality"],
                                                             rows)
    return View(title, table, _network_json(network), network)


def _label(network: Any, node: str, graph: Graph | None) -> str:
    if node in network:
        return _name(network, node)
    return display_label(graph, URIRef(node)) if graph is not None else _short(node)


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
        return View(title, title, {"from": a, "to": b, "chains": []}, nx.MultiDiGraph())
    hops = len(chains[0]) - 1
    title = (f"{name_a} to {name_b}: {len(chains)} shortest chain{'s' if len(chains) != 1 else ''} of "
             f"{hops} hop{'s' if hops != 1 else ''}")
    lines = [title]
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
    pairs = {frozenset(p) for chain in chains for p in pairwise(chain)}
    sub = network.edge_subgraph([(s, t, k) for s, t, k in network.subgraph(nodes).edges(keys=True)
                                 if frozenset((s, t)) in pairs]).copy()
    return View(title, "\n".join(lines), {"from": a, "to": b, "chains": data}, sub)


def neighbors_view(network: Any, entity: str, depth: int = 1, graph: Graph | None = None) -> View:
    """The actors within `depth` relations of `entity`: one row per relation that reaches each of them."""
    distances = neighbors(network, entity, depth)
    label = _label(network, entity, graph)
    if len(distances) <= 1:
        title = f"{label} has no relation in the graph"
        sub = network.subgraph(distances).copy()
        return View(title, title, {"entity": entity, "depth": depth, "neighbors": [], "edges": []}, sub)
    sub = network.subgraph(distances).copy()
    count = len(distances) - 1
    title = f"{label}: {count} actor{'s' if count != 1 else ''} within {depth} hop{'s' if depth != 1 else ''}"
    rows = []
    for node in sorted((n for n in distances if n != entity), key=lambda n: (distances[n], _name(network, n))):
        for previous in sorted((p for p in distances if distances[p] == distances[node] - 1
                                and (sub.has_edge(p, node) or sub.has_edge(node, p))), key=lambda p: _name(network, p)):
            for link in links(sub, previous, node):
                rows.append([str(distances[node]), _name(network, node), sub.nodes[node]["kind"],
                             _relation_text(sub, link, previous), str(len(link.claims)),
                             _modality_summary(c.modality for c in link.claims)])
    table = title + "\n\n" + _columns(["depth", "actor", "kind", "relation", "facts", "modality"], rows)
    data = {"entity": entity, "depth": depth,
            "neighbors": [{**_node_json(network, n), "distance": d} for n, d in sorted(
                distances.items(), key=lambda item: (item[1], _name(network, item[0]))) if n != entity],
            "edges": _network_json(sub)["edges"]}
    return View(title, table, data, sub)


def central_view(network: Any, top: int = 10, by: str = "pagerank") -> View:
    """The `top` most central actors by PageRank, betweenness or degree; graph formats get every actor with its
    scores as node attributes."""
    scores = centrality(network)
    if by != "pagerank":
        scores = sorted(scores, key=lambda s: (-round(getattr(s, by), 12), -s.pagerank, s.label))
    shown = scores[:top]
    title = f"{len(shown)} most central of {len(scores)} actors (by {by})"
    rows = [[str(i), s.label, s.kind, str(s.degree), str(s.facts), f"{s.betweenness:.3f}", f"{s.pagerank:.3f}"]
            for i, s in enumerate(shown, 1)]
    table = title if not rows else title + "\n\n" + _columns(
        ["rank", "actor", "kind", "degree", "facts", "betweenness", "pagerank"], rows)
    scored = network.copy()
    for s in scores:
        scored.nodes[s.node].update(degree=s.degree, facts=s.facts, betweenness=round(s.betweenness, 6),
                                    pagerank=round(s.pagerank, 6))
    data = [{"id": s.node, "label": s.label, "kind": s.kind, "degree": s.degree, "facts": s.facts,
             "betweenness": round(s.betweenness, 6), "pagerank": round(s.pagerank, 6)} for s in shown]
    return View(title, table, data, scored)


def communities_view(network: Any) -> View:
    """Communities of actors; graph formats get every actor with its community number."""
    groups = communities(network)
    title = f"{len(groups)} communit{'ies' if len(groups) != 1 else 'y'} of {network.number_of_nodes()} actors"
    lines = [title, ""] if groups else [title]
    grouped = network.copy()
    for number, group in enumerate(groups, 1):
        lines.append(f"{number}. ({len(group)}) " + ", ".join(_name(network, n) for n in group))
        for node in group:
            grouped.nodes[node]["community"] = number
    data = [{"community": i, "members": [_node_json(network, n) for n in group]} for i, group in enumerate(groups, 1)]
    return View(title, "\n".join(lines), data, grouped)


# ------------------------------------------------------------------------------------------------ writing
TEXT_FORMATS = ("table", "json", "graphml", "gexf", "dot", "svg")
FORMATS = (*TEXT_FORMATS, "png")
SUFFIXES = {".json": "json", ".graphml": "graphml", ".gexf": "gexf", ".dot": "dot", ".gv": "dot", ".png": "png",
            ".svg": "svg", ".txt": "table"}


def render(view: View, fmt: str) -> str | bytes:
    """The view in one format: text for all but PNG."""
    if fmt == "table":
        return view.table + "\n"
    if fmt == "json":
        return json.dumps(view.data, ensure_ascii=False, indent=1) + "\n"
    if fmt == "graphml":
        return _xml(nx.generate_graphml(_flat(view.network)))
    if fmt == "gexf":
        return _xml(nx.generate_gexf(_flat(view.network, gexf=True)))
    if fmt == "dot":
        return to_dot(view.network, view.title)
    if fmt in {"png", "svg"}:
        return draw(view.network, view.title, fmt)
    raise KgError(f"unknown view format {fmt!r}")


def _xml(lines: Iterable[str]) -> str:
    return "\n".join(lines) + "\n"


def _flat(network: Any, gexf: bool = False) -> Any:
    """A copy whose attributes are scalars (GraphML and GEXF hold no lists): lists become « | »-joined text."""
    flat = nx.MultiDiGraph()
    for node, data in network.nodes(data=True):
        attributes = dict(data)
        if gexf:
            red, green, blue = _rgb(_node_colour(data))
            attributes["viz"] = {"color": {"r": red, "g": green, "b": blue, "a": 1.0}}
        flat.add_node(node, **attributes)
    for source, target, key, data in network.edges(keys=True, data=True):
        attributes = {k: " | ".join(v) if isinstance(v, list) else v for k, v in data.items()}
        attributes["label"] = data["kind"]
        if gexf:
            red, green, blue = _rgb(RELATION[data["kind"]].colour)
            attributes["viz"] = {"color": {"r": red, "g": green, "b": blue, "a": 1.0}}
        flat.add_edge(source, target, key=key, **attributes)
    return flat


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _node_colour(data: dict[str, Any]) -> str:
    if "community" in data:
        palette = ("#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5",
                   "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f")
        return palette[(int(data["community"]) - 1) % len(palette)]
    return NODE_COLOUR.get(str(data.get("kind")), "#d9d9d9")


def _dot_quote(text: object) -> str:
    escaped = str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def to_dot(network: Any, title: str) -> str:
    """Graphviz DOT, written by hand: relations coloured by kind, possible ones dashed, symmetric ones undirected."""
    lines = ["digraph actors {", f"  graph [label={_dot_quote(title)}, labelloc=t, overlap=false, splines=true];",
             '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
             '  edge [fontname="Helvetica", fontsize=10];']
    for node, data in network.nodes(data=True):
        lines.append(f"  {_dot_quote(node)} [label={_dot_quote(data['label'])}, "
                     f"fillcolor={_dot_quote(_node_colour(data))}];")
    for source, target, data in network.edges(data=True):
        count = f" ({data['weight']})" if data["weight"] > 1 else ""
        attributes = [f"label={_dot_quote(data['kind'] + count)}",
                      f"color={_dot_quote(RELATION[data['kind']].colour)}",
                      f"penwidth={1 + math.log2(data['weight']):.2f}"]
        if not data["directed"]:
            attributes.append("dir=none")
        if data["modality"] == "possible":
            attributes.append("style=dashed")
        lines.append(f"  {_dot_quote(source)} -> {_dot_quote(target)} [{', '.join(attributes)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


DRAWN_ACTORS = 120


def draw(network: Any, title: str, fmt: str) -> str | bytes:
    """A picture of the network (PNG bytes or SVG text): labelled actors coloured by kind (or community), relations
    coloured by kind with a legend, possible ones dashed. Beyond 120 actors, the most connected are drawn."""
    from matplotlib import rc_context  # lazily: only pictures need matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    shown = network
    if network.number_of_nodes() > DRAWN_ACTORS:
        strength = dict(projection(network).degree(weight="weight"))
        keep = sorted(network, key=lambda n: (-strength[n], network.nodes[n]["label"]))[:DRAWN_ACTORS]
        shown = network.subgraph(keep)
        title += f" — showing the {DRAWN_ACTORS} most connected"
    size = max(6.0, min(18.0, 3.0 + 1.1 * math.sqrt(max(1, shown.number_of_nodes())) * 1.6))
    figure = Figure(figsize=(size * 1.25, size), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_title(title, fontsize=11)
    if shown.number_of_nodes() == 0:
        axes.text(0.5, 0.5, "no relation to draw", ha="center", va="center", fontsize=12, transform=axes.transAxes)
    else:
        _draw_network(axes, shown, _layout(projection(shown)), FancyArrowPatch)
    kinds = [r.kind for r in RELATIONS if any(d["kind"] == r.kind for _, _, d in shown.edges(data=True))]
    handles = [Line2D([], [], color=RELATION[k].colour, lw=2, label=k + (" →" if not RELATION[k].symmetric else ""))
               for k in kinds]
    if any(d["modality"] == "possible" for _, _, d in shown.edges(data=True)):
        handles.append(Line2D([], [], color="#555555", lw=1.5, ls="--", label="possible only"))
    if not any("community" in d for _, d in shown.nodes(data=True)):
        for kind in sorted({str(d["kind"]) for _, d in shown.nodes(data=True)}):
            handles.append(Line2D([], [], marker="o", ls="", markersize=10, markerfacecolor=NODE_COLOUR.get(
                kind, "#d9d9d9"), markeredgecolor="#444444", label=kind))
    if handles:
        axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9, frameon=False)
    buffer = io.BytesIO()
    with rc_context({"svg.hashsalt": "kg", "svg.fonttype": "none"}):
        metadata = {"Date": None} if fmt == "svg" else {"Software": "kg"}
        figure.savefig(buffer, format=fmt, bbox_inches="tight", metadata=metadata)
    return buffer.getvalue().decode("utf-8") if fmt == "svg" else buffer.getvalue()


def _layout(simple: Any) -> dict[str, tuple[float, float]]:
    """Spring layout of each connected component on its own, the components packed in rows, largest first (one
    layout of them all drifts the small ones to the corners)."""
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    sizes = [math.sqrt(len(c)) for c in components]
    row_width = max(sizes[0], math.sqrt(sum(s * s for s in sizes)) * 1.2)
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for component, size in zip(components, sizes, strict=True):
        if x > 0 and x + size > row_width + 1e-9:
            x, y, row_height = 0.0, y - row_height, 0.0
        if len(component) == 1:
            local = {next(iter(component)): (0.0, 0.0)}
        else:
            sub = simple.subgraph(component)
            local = {n: (float(p[0]), float(p[1])) for n, p in nx.spring_layout(
                sub, seed=7, k=1.6 / math.sqrt(len(component)), iterations=300, weight=None).items()}
        for node, (px, py) in local.items():  # spring_layout fills [-1, 1]; fit it in a size x size cell
            positions[node] = (x + size * (0.5 + 0.42 * px), y - size * (0.5 - 0.42 * py))
        x += size
        row_height = max(row_height, size)
    return positions


def _draw_network(axes: Any, network: Any, layout: dict[str, Any], arrow: Any) -> None:
    strength = dict(projection(network).degree(weight="weight"))
    sizes = {n: 500 + 250 * math.sqrt(strength[n]) for n in network}
    xs, ys = zip(*(layout[n] for n in network), strict=True)
    axes.scatter(xs, ys, s=[sizes[n] for n in network], c=[_node_colour(network.nodes[n]) for n in network],
                 edgecolors="#444444", linewidths=0.8, zorder=2)
    drawn: dict[frozenset[str], int] = defaultdict(int)
    for source, target, data in sorted(network.edges(data=True), key=lambda e: (e[0], e[1], e[2]["kind"])):
        pair = frozenset((source, target))
        bend = 0.12 * drawn[pair] * (1 if source < target else -1)
        drawn[pair] += 1
        axes.add_patch(arrow(
            layout[source], layout[target], connectionstyle=f"arc3,rad={bend}",
            arrowstyle="-" if not data["directed"] else "-|>", mutation_scale=16, color=RELATION[data["kind"]].colour,
            lw=1.2 + 1.3 * math.log2(data["weight"]), linestyle="--" if data["modality"] == "possible" else "-",
            shrinkA=math.sqrt(sizes[source]) / 2, shrinkB=math.sqrt(sizes[target]) / 2 + 1, zorder=1, alpha=0.9))
    for node in network:
        x, y = layout[node]
        axes.text(x, y, network.nodes[node]["label"], ha="center", va="center", fontsize=9, zorder=3,
                  bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.7})
    axes.margins(0.12)


def view_format(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the one the output file's extension names, else a table."""
    if fmt is not None:
        return fmt
    if output and output != "-":
        suffix = "." + output.rsplit(".", 1)[-1].lower() if "." in output else ""
        return SUFFIXES.get(suffix, "table")
    return "table"


def write_view(view: View, fmt: str, output: str | None, stream: IO[str]) -> None:
    """Write the view to `output` atomically, or text formats to `stream`; a PNG needs a file."""
    from kg.store import atomic_output

    content = render(view, fmt)
    if output is None or output == "-":
        if isinstance(content, bytes):
            raise OutputError(f"{fmt} is a binary format: give -o FILE")
        stream.write(content)
        return
    with atomic_output(output, binary=isinstance(content, bytes)) as out:
        out.write(content)
