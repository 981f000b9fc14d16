"""What the report shows, read from the graph: its articles, and its facts with roles, amounts, dates, modality,
attribution and evidence (ontology/kg.ttl). Venue claims are details of their negotiation, not facts of their own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rdflib import RDF, RDFS, XSD, Graph, Literal, Node, URIRef
from rdflib.namespace import PROV, SKOS

from kg.namespaces import KG, ORG, SCHEMA
from kg.views.network import attribution

FACT_KINDS = ((KG.Negotiation, "negotiation"), (KG.Agreement, "agreement"), (KG.MilitarySupport, "support"),
              (KG.Financing, "financing"), (KG.PostHolding, "post"))
# The roles of each kind, the side the relation starts from first (a supporter -> its recipient).
ROLES = {"negotiation": ((KG.participant,), ()), "agreement": ((KG.party,), ()),
         "support": ((KG.supporter,), (KG.recipient,)), "financing": ((KG.funder,), (KG.recipient,)),
         "post": ((KG.holder,), ())}


@dataclass(frozen=True)
class Article:
    iri: str
    title: str
    published: str  # ISO date, or ""
    url: str


@dataclass(frozen=True)
class Sentence:
    text: str
    article: str  # article IRI
    start: int


@dataclass(frozen=True)
class Fact:
    """One fact as a row of the report: actors by side, and everything an analyst checks it by."""

    iri: str
    kind: str
    modality: str
    sources: tuple[str, ...]  # actor IRIs on the relation's first side (every party when symmetric)
    targets: tuple[str, ...]  # actor IRIs on the other side (recipients, the state or body a post is in)
    weapons: tuple[str, ...]  # labels
    amounts: tuple[tuple[Decimal, str, str], ...]  # value, currency, as written
    places: tuple[tuple[str, str], ...]  # label, venue status
    date: str  # ISO date, or "--MM-DD" without a year, or ""
    end: str
    attribution: str
    evidence: tuple[Sentence, ...]  # in article order

    @property
    def actors(self) -> tuple[str, ...]:
        return self.sources + self.targets

    @property
    def article(self) -> str:
        return self.evidence[0].article if self.evidence else ""


class Labels:
    """Display labels in one language (skos:prefLabel, then rdfs:label; French, then any), read once per node."""

    def __init__(self, graph: Graph, lang: str) -> None:
        self.graph = graph
        self.languages = (lang, "fr", None)
        self._cache: dict[URIRef, str] = {}

    def __call__(self, iri: str) -> str:
        node = URIRef(iri)
        if node not in self._cache:
            self._cache[node] = self._find(node)
        return self._cache[node]

    def _find(self, node: URIRef) -> str:
        for prop in (SKOS.prefLabel, RDFS.label):
            labels = [o for o in self.graph.objects(node, prop) if isinstance(o, Literal)]
            for language in self.languages:
                chosen = sorted(str(o) for o in labels if language is None or o.language == language)
                if chosen:
                    return chosen[0]
        return re.split(r"[/#]", str(node))[-1]


def articles(graph: Graph) -> dict[str, Article]:
    found = {}
    for node in sorted(n for n in set(graph.subjects(RDF.type, SCHEMA.NewsArticle)) if isinstance(n, URIRef)):
        title = graph.value(node, SCHEMA.headline) or graph.value(node, SCHEMA.name) or ""
        published = _date(graph.value(node, SCHEMA.datePublished))
        found[str(node)] = Article(str(node), " ".join(str(title).split()), published,
                                   str(graph.value(node, SCHEMA.url) or ""))
    return found


def facts(graph: Graph, labels: Labels) -> list[Fact]:
    """Every fact of the graph, whatever its modality, in article then sentence order."""
    found = []
    for cls, kind in FACT_KINDS:
        for node in set(graph.subjects(RDF.type, cls)):
            if isinstance(node, URIRef):
                found.append(_fact(graph, labels, node, kind))
    return sorted(found, key=lambda f: (f.article, f.evidence[0].start if f.evidence else 0, f.kind, f.iri))


def _fact(graph: Graph, labels: Labels, node: URIRef, kind: str) -> Fact:
    first, second = ROLES[kind]
    sources = _objects(graph, node, first)
    targets = _objects(graph, node, second)
    if kind == "post":
        targets = tuple(sorted({str(o) for post in graph.objects(node, KG.post)
                                for o in graph.objects(post, ORG.postIn) if isinstance(o, URIRef)}))
    return Fact(
        iri=str(node), kind=kind, modality=str(graph.value(node, KG.modality) or "asserted"),
        sources=sources, targets=targets,
        weapons=tuple(sorted(labels(w) for w in graph.objects(node, KG.weapon) if isinstance(w, URIRef))),
        amounts=tuple(sorted(_amount(graph, a) for a in graph.objects(node, KG.amount))),
        places=_places(graph, labels, node),
        date=_date(graph.value(node, KG.startDate) or graph.value(node, KG.date)),
        end=_date(graph.value(node, KG.endDate)),
        attribution=attribution(graph, node, labels), evidence=_evidence(graph, node))


def _objects(graph: Graph, node: URIRef, properties: tuple[URIRef, ...]) -> tuple[str, ...]:
    return tuple(sorted({str(o) for p in properties for o in graph.objects(node, p) if isinstance(o, URIRef)}))


def _amount(graph: Graph, node: Node) -> tuple[Decimal, str, str]:
    value = graph.value(node, SCHEMA.value)
    try:
        number = Decimal(str(value)) if value is not None else Decimal(0)
    except InvalidOperation:
        number = Decimal(0)
    return number, str(graph.value(node, SCHEMA.currency) or ""), str(graph.value(node, RDFS.label) or "")


def _places(graph: Graph, labels: Labels, node: URIRef) -> tuple[tuple[str, str], ...]:
    found = set()
    for claim in graph.objects(node, KG.venue):
        status = str(graph.value(claim, KG.venueStatus) or "")
        for place in graph.objects(claim, KG.place):
            if isinstance(place, URIRef) and status != "rejected":
                found.add((labels(place), status))
    return tuple(sorted(found))


def _date(value: object) -> str:
    if not isinstance(value, Literal):
        return ""
    text = str(value).strip()
    if value.datatype == XSD.gMonthDay or re.fullmatch(r"--\d\d-\d\d", text):
        return text[:7]
    return text[:10] if re.match(r"\d{4}-\d\d-\d\d", text) else ""


def _evidence(graph: Graph, node: URIRef) -> tuple[Sentence, ...]:
    found = []
    for evidence in graph.objects(node, PROV.wasDerivedFrom):
        sentence = graph.value(evidence, KG.sentence)
        if sentence is None:
            continue
        start = graph.value(evidence, KG.charStart)
        position = int(start) if isinstance(start, Literal) and str(start).isdigit() else 0
        found.append(Sentence(str(sentence), str(graph.value(evidence, KG.article) or ""), position))
    return tuple(sorted(found, key=lambda s: (s.article, s.start)))
