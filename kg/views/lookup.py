"""Finding the actor a person means by a name: an IRI, or any label or alias in any language with case and
accents ignored, a capital or a government body standing for its state; unknown or ambiguous names raise
EntityError with the closest candidates."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg.errors import EntityError
from kg.namespaces import KG, ORG
from kg.text import PREFIXES, fold, french_label, short_iri
from kg.views.network import ACTOR_KINDS

LABEL_PROPERTIES = (SKOS.prefLabel, SKOS.altLabel, RDFS.label, KG.officialName)
_ARTICLE = re.compile(r"^(?:la|le|les|l|the)\s+")
_NOT_WORD = re.compile(r"[\W_]+")


def normalise(name: str) -> str:
    """The key a name is looked up by: folded, words only, no leading article (« l'Élysée » -> « elysee »)."""
    return _ARTICLE.sub("", " ".join(_NOT_WORD.sub(" ", fold(name)).split()))


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
        _add_labels(names, graph, node, node)
    for state, demonym in graph.subject_objects(KG.demonym):  # « russe » names Russia, not « présidence russe »
        if isinstance(state, URIRef) and isinstance(demonym, Literal) and normalise(str(demonym)):
            names.labels[normalise(str(demonym))].add(state)
    for holder, post in graph.subject_objects(ORG.holds):  # « président »: whoever holds a post of that title
        if isinstance(holder, URIRef):
            for named in (post, *graph.objects(post, ORG.role)):
                _add_labels(names, graph, named, holder)
    return names


def _add_labels(names: _Names, graph: Graph, node: Node, named: URIRef) -> None:
    """Index every label of `node` as a name of `named`."""
    for prop in LABEL_PROPERTIES:
        for label in graph.objects(node, prop):
            if isinstance(label, Literal) and normalise(str(label)):
                names.labels[normalise(str(label))].add(named)


def _expand(text: str) -> str:
    """`kgr:state-NOR` -> its full IRI, for every prefix kg prints."""
    for prefix, namespace in PREFIXES:
        if text.startswith(f"{prefix}:"):
            return namespace + text[len(prefix) + 1:]
    return text


def find_entity(graph: Graph, name: str, network: Any = None) -> str:
    """The actor a person means by `name`: an IRI, or any label or alias in any language, with case and accents
    ignored; a capital stands for its state. Raises EntityError for an unknown or ambiguous name, with the closest
    labels. When a network is given, its actors win over others."""
    text = _expand(name.strip())
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
            listed = ", ".join(sorted(f"{french_label(graph, n)} ({short_iri(n)})" for n in chosen)[:8])
            raise EntityError(f"{name!r} is ambiguous: {listed}\ngive more of the name, or the IRI")
    raise EntityError(_not_found(graph, name, key, names, network))


def _not_found(graph: Graph, name: str, key: str, names: _Names, network: Any) -> str:
    """The message for a name that matches no actor: the closest labels, else some actors of the network."""
    close = difflib.get_close_matches(key, list(names.labels), n=8, cutoff=0.6)
    suggestions = list(dict.fromkeys(french_label(graph, n) for label in close
                                     for n in sorted(_resolve(names.labels[label], names, network))))[:5]
    if suggestions:
        return f"no actor named {name!r} in the graph; closest: {', '.join(suggestions)}"
    known = sorted(network.nodes[n]["label"] for n in network)[:8] if network is not None else []
    hint = f"; actors include: {', '.join(known)}" if known else ""
    return f"no actor named {name!r} in the graph{hint}"


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
