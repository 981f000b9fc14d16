"""Records -> RDF. The only place that mints IRIs: every IRI is a hash of content, so builds are reproducible."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, SKOS

from kg.gazetteer import Gazetteer
from kg.kinds import KINDS, Modality
from kg.namespaces import KG, KGR, ORG, SCHEMA
from kg.read import Article
from kg.records import Amount, ArticleFacts, Entity, Evidence, Fact
from kg.text import fold as fold_label
from kg.text import slug

if TYPE_CHECKING:
    from kg.identity import Form

TYPE = RDF.type  # read once: rdflib's DefinedNamespace looks an attribute up through its metaclass at every access
MINTED_CLASS = {"Person": (KG.Person, SCHEMA.Person), "Organisation": (KG.Organisation, SCHEMA.Organization),
                "Company": (KG.Company, SCHEMA.Organization), "WeaponSystem": (KG.WeaponSystem,),
                "City": (KG.City, SCHEMA.City)}  # a town or site the reference data lacks (a venue of talks)
_MINTED_PREFIX = {"Person": "person", "WeaponSystem": "weapon", "City": "place"}


def digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def entity_iri(entity: Entity) -> URIRef:
    if entity.iri is not None:
        return URIRef(entity.iri)
    kind = _MINTED_PREFIX.get(entity.cls, "org")
    return KGR[f"{kind}-{slug(entity.label)}-{digest(entity.key)[:8]}"]


def article_iri(article_id: str) -> URIRef:
    return KGR[f"article-{article_id}"]


def _date_literal(value: dt.date | str) -> Literal:
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=XSD.date)
    return Literal(value, datatype=XSD.gMonthDay)


def _decimal(value: Decimal) -> Literal:
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return Literal(format(value, "f"), datatype=XSD.decimal)


Triple = tuple[Any, Any, Any]
_LITERALS: dict[tuple[Any, ...], Literal] = {}


def _literal(value: Any, lang: str | None = None, datatype: URIRef | None = None) -> Literal:
    """Literal(value, lang=lang, datatype=datatype), made once for the same arguments: rdflib checks and casts each
    new literal in Python (a third of the time of writing an article), and the same labels, sentences, offsets and
    modalities come back fact after fact. A literal never changes, so one serves every triple."""
    key = (type(value), value, lang, datatype)  # the type: True and 1 are equal keys, not equal literals
    found = _LITERALS.get(key)
    if found is None:
        if len(_LITERALS) >= 100_000:  # a bound on memory over a long build
            _LITERALS.clear()
        found = _LITERALS[key] = Literal(value, lang=lang, datatype=datatype)
    return found


class Triples:
    """The triples of one graph, each once, in the order written: all a build needs of a graph it only fills
    (an rdflib graph keeps three indexes up to date at every add, three times the cost of the whole emission)."""

    def __init__(self, identifier: URIRef | None = None) -> None:
        self.identifier = identifier
        self._triples: dict[Triple, None] = {}

    def add(self, triple: Triple) -> None:
        self._triples[triple] = None

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def ntriples(self) -> bytes:
        graph = Graph()
        for triple in self:
            graph.add(triple)
        return graph.serialize(format="nt", encoding="utf-8")


class Emitter:
    """Writes articles and their facts as graphs: one named graph per article, reference data in the default
    graph; `dataset()` gives them as an rdflib Dataset, a store build sends the triples as they are."""

    def __init__(self, gaz: Gazetteer, described: set[str] | None = None) -> None:
        """`described`: reference IRIs whose description is already written (a store build shares one set across
        its articles, so each description is copied once); updated as entities are described."""
        self.gaz = gaz
        self.graphs: dict[URIRef, Triples] = {}
        self.reference = Triples()
        self._described: set[str] = set() if described is None else described
        self.aliases: Mapping[str, Form] = {}
        self._modality: dict[URIRef, Modality] = {}  # each fact node minted, with its modality

    def graph(self, iri: URIRef) -> Triples:
        """The named graph `iri`, made empty when first asked for."""
        graph = self.graphs.get(iri)
        if graph is None:
            graph = self.graphs[iri] = Triples(iri)
        return graph

    def dataset(self) -> Dataset:
        """Everything written, as an rdflib Dataset (reference data in its default graph)."""
        dataset = Dataset()
        default = dataset.default_graph
        for triple in self.reference:
            default.add(triple)
        for iri, triples in self.graphs.items():
            graph = dataset.graph(iri)
            for triple in triples:
                graph.add(triple)
        return dataset

    def add(self, article: Article, found: ArticleFacts, aliases: Mapping[str, Form] | None = None) -> None:
        """Write one article's graph; `aliases` (kg.identity) gives the canonical entity of a minted IRI that
        the corpus knows to be one with another, and of a lone surname it ties to a full name."""
        self.aliases = aliases or {}
        node = article_iri(article.id)
        graph = self.graph(node)
        graph.add((node, TYPE, SCHEMA.NewsArticle))
        graph.add((node, SCHEMA.headline, Literal(article.title, lang="fr")))
        graph.add((node, SCHEMA.inLanguage, Literal("fr")))
        if article.published is not None:
            graph.add((node, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
        graph.add((node, KG.source, Literal(article.source)))
        graph.add((node, KG.contentHash, Literal(article.content_hash)))
        if article.url:
            graph.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
        if article.dateline:
            graph.add((node, KG.dateline, Literal(article.dateline, lang="fr")))
        for entity in found.mentions.values():
            graph.add((node, SCHEMA.mentions, self._entity(graph, entity)))
        for entity in found.pending.values():
            if str(entity_iri(entity)) in self.aliases:
                graph.add((node, SCHEMA.mentions, self._entity(graph, entity)))
        for fact in found.facts:
            self._fact(graph, node, fact)

    def _entity(self, graph: Triples, entity: Entity) -> URIRef:
        iri = entity_iri(entity)
        same = self.aliases.get(str(iri))
        if same is not None:  # one with another entity of the corpus: its canonical IRI, the own form as alias
            iri = URIRef(same.iri)
            if not same.reference:
                self._minted(graph, iri, same.cls, same.label)
            else:
                self._describe(same.iri)
            if fold_label(entity.label) != fold_label(same.label):
                graph.add((iri, SKOS.altLabel, _literal(entity.label, lang="fr")))
            return iri
        if entity.iri is None:
            self._minted(graph, iri, entity.cls, entity.label)
        else:
            self._describe(entity.iri)
        if entity.kind is not None and entity.iri is None:  # a system the reference data lacks, of its noun's type
            graph.add((iri, KG.weaponType, URIRef(entity.kind)))
            self._describe(entity.kind)
        for maker in entity.makers:  # and its makers, as the article names them (beside the reference data's)
            graph.add((iri, KG.manufacturer, URIRef(maker)))
            self._describe(maker)
        return iri

    @staticmethod
    def _minted(graph: Triples, iri: URIRef, cls: str, label: str) -> None:
        for type_ in MINTED_CLASS.get(cls, (KG.Organisation,)):
            graph.add((iri, TYPE, type_))
        graph.add((iri, SKOS.prefLabel, _literal(label, lang="fr")))
        graph.add((iri, RDFS.label, _literal(label, lang="fr")))

    def _describe(self, iri: str) -> None:
        """Copy a reference entity's description (and its type, maker, state) into the default graph, once."""
        if iri in self._described:
            return
        self._described.add(iri)
        for s, p, o in self.gaz.describe(iri):
            self.reference.add((s, p, o))
            if p in {KG.weaponType, KG.manufacturer, KG.standsFor, KG.country, KG.capitalOf, KG.inState, KG.houses,
                     SCHEMA.containedInPlace, SKOS.broader} and isinstance(o, URIRef):
                self._describe(str(o))

    def _evidence(self, graph: Triples, evidence: Evidence) -> URIRef:
        node = KGR[f"evidence-{digest(evidence.article, evidence.start, evidence.end)}"]
        graph.add((node, TYPE, KG.Evidence))
        graph.add((node, KG.article, article_iri(evidence.article)))
        graph.add((node, KG.sentence, _literal(evidence.sentence, lang="fr")))
        graph.add((node, KG.charStart, _literal(evidence.start, datatype=XSD.nonNegativeInteger)))
        graph.add((node, KG.charEnd, _literal(evidence.end, datatype=XSD.nonNegativeInteger)))
        return node

    def _amount(self, graph: Triples, amount: Amount) -> URIRef:
        converted = () if amount.equivalent is None else (amount.equivalent.value, amount.equivalent.currency)
        node = KGR[f"amount-{digest(amount.value, amount.currency, amount.approximate, *converted)}"]
        graph.add((node, TYPE, SCHEMA.MonetaryAmount))
        graph.add((node, SCHEMA.value, _decimal(amount.value)))
        graph.add((node, SCHEMA.currency, Literal(amount.currency)))
        graph.add((node, KG.approximate, Literal(amount.approximate)))
        if amount.text:
            graph.add((node, RDFS.label, Literal(amount.text, lang="fr")))
        if amount.equivalent is not None:
            graph.add((node, KG.equivalent, self._amount(graph, amount.equivalent)))
        return node

    def _fact(self, graph: Triples, article: URIRef, fact: Fact) -> URIRef:
        kind = KINDS[fact.kind]
        roles = sorted((role, e.key) for role, e in fact.roles)
        first = fact.evidence[0]
        identity = fact.attr(kind.attributes[0].name) if kind.attributes else None
        key = (first.article, fact.kind, roles, first.start, identity)
        node = KGR[f"{kind.prefix}-{digest(*key)}"]
        if self._modality.setdefault(node, fact.modality) != fact.modality:
            # the same sides told twice in one sentence with two modalities (« selon X, un accord qui prévoyait la
            # livraison de ... »): two facts, each with its own modality
            node = KGR[f"{kind.prefix}-{digest(*key, fact.modality.value)}"]
        graph.add((node, TYPE, kind.cls))
        graph.add((node, TYPE, KG.Fact))
        graph.add((node, KG.modality, _literal(fact.modality.value)))
        if fact.said.source is not None:
            graph.add((node, KG.attributedTo, self._entity(graph, fact.said.source)))
        if fact.said.source_text:
            graph.add((node, KG.sourceText, _literal(fact.said.source_text, lang="fr")))
        for evidence in fact.evidence:
            graph.add((node, PROV.wasDerivedFrom, self._evidence(graph, evidence)))
        for role, entity in fact.roles:
            prop = kind.role(role).prop
            if prop is not None:
                graph.add((node, prop, self._entity(graph, entity)))
        for spec in kind.attributes:
            value = fact.attr(spec.name)
            if spec.prop is not None and value:
                graph.add((node, spec.prop, _literal(value, lang=spec.lang)))
        for amount in fact.amounts:
            graph.add((node, KG.amount, self._amount(graph, amount)))
        if fact.start is not None:
            graph.add((node, KG.startDate, _date_literal(fact.start)))
        if fact.end is not None:
            graph.add((node, KG.endDate, _date_literal(fact.end)))
        if kind.sides == "participant":  # talks: bilateral, trilateral or multilateral
            sides = len(fact.get("participant"))
            graph.add((node, KG.format, _literal({2: "bilateral", 3: "trilateral"}.get(sides, "multilateral"))))
        if fact.kind == "post":
            self._post(graph, node, fact)
        for part in fact.parts:
            graph.add((node, KG.venue, self._fact(graph, article, part)))
        return node

    def _post(self, graph: Triples, node: URIRef, fact: Fact) -> None:
        role = fact.attr("post")
        assert role is not None
        self._describe(role)
        org = fact.first("org")
        holder = fact.first("holder")
        label = self.gaz.label.get(role, "")
        if not label:  # a post the reference data lacks, named in the article's own words
            label = fact.attr("post_label") or role.rsplit("-", 1)[-1]
            role = _spelled(role, label)
            self.reference.add((URIRef(role), TYPE, ORG.Role))
            self.reference.add((URIRef(role), SKOS.prefLabel, Literal(label, lang="fr")))
        post = KGR[f"post-{digest(role, org.key if org else '')}"]
        graph.add((post, TYPE, ORG.Post))
        graph.add((post, ORG.role, URIRef(role)))
        if org is not None:
            graph.add((post, ORG.postIn, self._entity(graph, org)))
            label = f"{label} ({org.label})"
        graph.add((post, SKOS.prefLabel, _literal(label, lang="fr")))
        graph.add((node, KG.post, post))
        if (form := fact.attr("post_form")) is not None:  # « la présidente de ... »: the holding names it so
            graph.add((node, KG.titleAsWritten, Literal(form, lang="fr")))
        if holder is not None:
            graph.add((self._entity(graph, holder), ORG.holds, post))


def _spelled(role: str, label: str) -> str:
    """A post in the article's own words written with capitals (« Général d'Armée ») is a role of its own beside
    the one written plainly (« général d'armée »): both fold to one slug, and a role has one French label."""
    plain = all(word.islower() or (word.isupper() and len(word) > 1) for word in re.findall(r"[^\W\d_]+", label))
    return role if plain else f"{role}-{digest(label)[:6]}"


def merged(source: Graph) -> Graph:
    """All named graphs and the default graph as one graph (what a single .ttl holds)."""
    graph = Graph()
    for prefix, namespace in bound_prefixes():
        graph.bind(prefix, namespace)
    if isinstance(source, Dataset):
        for s, p, o, _ in source.quads((None, None, None, None)):
            graph.add((s, p, o))
    else:
        graph += source
    return graph


def bound_prefixes() -> list[tuple[str, object]]:
    return [("kg", KG._NS), ("kgr", KGR), ("schema", SCHEMA), ("org", ORG), ("skos", SKOS), ("prov", PROV),
            ("owl", OWL), ("xsd", XSD), ("rdfs", RDFS), ("wd", URIRef("http://www.wikidata.org/entity/"))]
