"""The posts of the reference data (ontology/reference/roles.ttl) as the extractor reads them: each post's title
words and broader post, the groups of posts rules single out (heads of state, monarchs, diplomats...), and the
posts of a state's government."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS
from rdflib.term import Node

from kg.namespaces import KG, KGR, ORG


@dataclass(frozen=True)
class Role:
    iri: str
    label: str
    heads: tuple[str, ...]
    complements: tuple[str, ...]
    labels: tuple[str, ...]  # every French label, for titles written in full (« chef de l'État »)
    by_names: tuple[str, ...] = ()  # its skos:hiddenLabel: read as the post, never written for it (« patron »)
    broader: str = ""  # the post it is one state's form of (skos:broader: « secrétaire à la Défense »: a minister's)
    state: tuple[str, str] | None = None  # the one state it exists in, iri and label (kg:postOfState)


def literal_texts(graph: Graph, node: URIRef, *predicates: URIRef) -> list[str]:
    return [str(lit) for p in predicates for lit in graph.objects(node, p) if isinstance(lit, Literal)]


# Posts a title without a state still places in one (« le ministre de la Défense X », « le Premier ministre X »): the
# heads of government, ministers and chiefs of staff, a head of state's spouse (« la Première dame, X »), and every
# post whose skos:broader chain reaches them in ontology/reference/roles.ttl.
_STATE_OFFICE_ROOTS = ("role-prime-minister", "role-deputy-prime-minister", "role-minister",
                       "role-chief-of-defence-staff", "role-security-council-secretary",
                       "role-national-security-adviser", "role-first-lady")
# A head of state named by a bare title (« le président X ») is the one of the state the article is about, or of
# the state its headline visits
HEADS_OF_STATE = frozenset(str(KGR[name]) for name in ("role-president", "role-head-of-state"))


def office(role: str) -> str:
    """A post as one seat of a state (« le président ghanéen », then « le chef de l'État »: one head of state)."""
    return "head-of-state" if role in HEADS_OF_STATE else role


# A monarch named by a bare title in the report of a visit is the host's; elsewhere the talks pair them
MONARCHS = frozenset(str(KGR[name]) for name in ("role-king", "role-queen", "role-emir", "role-sultan",
                                                  "role-crown-prince"))
# A seat in a parliament: named without a state, the one whose parliament the sentence names
LAWMAKERS = frozenset(str(KGR[name]) for name in ("role-member-of-parliament", "role-senator"))
# A diplomat named without a state serves one other than the state they are posted in
DIPLOMATS = frozenset(str(KGR[name]) for name in ("role-ambassador", "role-permanent-representative",
                                                   "role-charge-d-affaires", "role-consul",
                                                   "role-defence-attache"))
# The experts news quotes (« X, chercheur à l'Institut français de ... »): no post of a state
EXPERTS = frozenset(str(KGR[name]) for name in ("role-researcher", "role-analyst"))
# « Antoine Martin, son PDG »: posts of a company, whose possessive stands for the company named last
COMPANY_POSTS = frozenset(str(KGR[name]) for name in ("role-chief-executive-officer", "role-chairman",
                                                                "role-owner"))


def state_offices(graph: Graph) -> frozenset[str]:
    roots = {URIRef(KGR[name]) for name in _STATE_OFFICE_ROOTS}
    found: set[Node] = set(roots)
    for node in graph.subjects(RDF.type, ORG.Role):
        chain: list[Node] = [node]
        while (up := graph.value(chain[-1], SKOS.broader)) is not None and up not in chain:
            chain.append(up)
        if roots & set(chain):
            found.add(node)
    return frozenset(str(n) for n in found)


def _capitals_unaccented(texts: list[str]) -> tuple[str, ...]:
    """Titles and complements, and each as written when its words start with a capital that drops its accent
    (« Chef d'Etat-major des Armées »: « d'état-major » read as « d'etat-major »)."""
    variants = [re.sub(r"(^|[\s'\u2019-])[éÉ]", r"\1e", text) for text in texts]
    return tuple(dict.fromkeys([*texts, *variants]))


@cache
def read_role(graph: Graph, node: URIRef, label: str) -> Role:
    """A post of roles.ttl: its title heads and complements, its French labels and by-names, its broader post."""
    french = tuple(str(lit) for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
                   for lit in graph.objects(node, p) if isinstance(lit, Literal) and lit.language == "fr")
    complements = _capitals_unaccented(literal_texts(graph, node, KG.titleComplement))
    state = graph.value(node, KG.postOfState)
    state_label = next((str(lit) for lit in graph.objects(state, SKOS.prefLabel)
                        if isinstance(lit, Literal) and lit.language == "fr"), "") if state is not None else ""
    return Role(str(node), label, tuple(literal_texts(graph, node, KG.titleHead)), complements,
                _capitals_unaccented(list(french)),
                tuple(str(lit) for lit in graph.objects(node, SKOS.hiddenLabel)),
                str(graph.value(node, SKOS.broader) or ""),
                (str(state), state_label or str(state)) if state is not None else None)
