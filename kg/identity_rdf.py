"""The corpus identity graph (IDENTITY_GRAPH): kg.identity's decisions as RDF, the same talks across articles as
one event, what a store already knows, and `kg explain`.

- every merge: `<minted> owl:sameAs <canonical>` and a kg:IdentityDecision node (the form as written, its minted
  IRI, the rule, the entity chosen, the articles); a form kept apart: the same node with the candidates;
- talks: negotiations of different articles with the same participants and overlapping dates or a common venue
  get `kg:event` to one kg:Event node; each fact keeps its own modality and evidence, and a query counts
  `COALESCE(?event, ?negotiation)` once (queries/events.rq).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import OWL

from kg.identity import Decision, Form, Resolution, forms_of, merge, resolve
from kg.namespaces import KG, KGR, SCHEMA
from kg.rdf import Emitter, Triple, Triples, article_iri, digest
from kg.read import Article
from kg.records import ArticleFacts
from kg.text import french_label, short_iri

if TYPE_CHECKING:
    from kg.oxigraph_store import CorpusStore

IDENTITY_GRAPH = KGR["graph-identity"]
MERGED = {"variant", "fuller-name", "surname", "same-as"}
_ARTICLE = str(KGR["article-"])
_MINTED = (str(KGR["person-"]), str(KGR["org-"]))
_PREFIXES = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""


def decision_triples(decisions: Iterable[Decision]) -> Iterator[Triple]:
    for decision in decisions:
        form = decision.form
        node = KGR[f"identity-{digest(form.unit, decision.rule, *(f.iri for f in decision.into))}"]
        yield node, RDF.type, KG.IdentityDecision
        yield node, KG.form, Literal(form.label, lang="fr")
        yield node, KG.formEntity, URIRef(form.iri)
        yield node, KG.rule, Literal(decision.rule)
        for into in decision.into:
            yield node, KG.decidedFor, URIRef(into.iri)
        for article in sorted(form.articles):
            yield node, KG.seenIn, article_iri(article)
        if decision.rule in MERGED and not form.pending:
            yield URIRef(form.iri), OWL.sameAs, URIRef(decision.into[0].iri)


def touching(resolution: Resolution, article: str) -> list[Decision]:
    """The decisions an article takes part in: its own forms, or an entity it names that others were merged into."""
    return [d for d in resolution.decisions
            if article in d.form.articles or any(article in f.articles for f in d.into)]


# ------------------------------------------------------------------------------------------------ events
@dataclass(frozen=True)
class Talks:
    fact: str
    graph: str
    participants: frozenset[str]
    start: dt.date | None
    end: dt.date | None
    places: frozenset[str]
    event: str | None


NEGOTIATIONS = _PREFIXES + """SELECT ?g ?n ?p ?start ?end ?place ?ev WHERE {
  GRAPH ?g { ?n a kg:Negotiation ; kg:participant ?p .
    OPTIONAL { ?n kg:startDate ?start } OPTIONAL { ?n kg:endDate ?end }
    OPTIONAL { ?n kg:venue ?claim . ?claim kg:place ?place ; kg:venueStatus ?status FILTER(?status != "rejected") } }
  OPTIONAL { GRAPH ?ig { ?n kg:event ?ev } }
}"""


def talks(rows: Iterable[Any]) -> list[Talks]:
    """The negotiations of NEGOTIATIONS' rows, one per fact node and graph."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        entry = found.setdefault((str(row.g), str(row.n)), {"p": set(), "place": set(), "start": None, "end": None,
                                                             "ev": None})
        entry["p"].add(str(row.p))
        for name in ("start", "end"):
            value = row[name].toPython() if row[name] is not None else None
            entry[name] = value if isinstance(value, dt.date) else entry[name]
        if row.place is not None:
            entry["place"].add(str(row.place))
        if row.ev is not None:
            entry["ev"] = min(filter(None, (entry["ev"], str(row.ev))))
    return [Talks(n, g, frozenset(e["p"]), e["start"], e["end"] or e["start"], frozenset(e["place"]), e["ev"])
            for (g, n), e in sorted(found.items())]


_TALKS_READ = frozenset({RDF.type, KG.startDate, KG.endDate, KG.venue, KG.venueStatus, KG.place, KG.participant})


def talks_in(graph: Triples) -> list[Talks]:
    """The negotiations of one article graph, read from its triples."""
    about: dict[Any, dict[Any, list[Any]]] = {}
    read = _TALKS_READ
    for s, p, o in graph:
        if p in read:  # an article's other triples (most of them) tell nothing of its talks
            about.setdefault(s, {}).setdefault(p, []).append(o)

    def values(node: Any, prop: URIRef) -> list[Any]:
        return about.get(node, {}).get(prop, [])

    found = []
    for node in sorted((n for n, props in about.items() if KG.Negotiation in props.get(RDF.type, ())), key=str):
        first, last = (next((v.toPython() for v in values(node, p) if isinstance(v, Literal)), None)
                       for p in (KG.startDate, KG.endDate))
        places = {str(place) for claim in values(node, KG.venue)
                  if all(str(v) != "rejected" for v in values(claim, KG.venueStatus))
                  for place in values(claim, KG.place)}
        first, last = (v if isinstance(v, dt.date) else None for v in (first, last))
        sides = frozenset(str(p) for p in values(node, KG.participant))
        found.append(Talks(str(node), str(graph.identifier), sides, first, last or first, frozenset(places), None))
    return found


def _same(a: Talks, b: Talks) -> bool:
    if a.graph == b.graph or a.participants != b.participants or len(a.participants) < 2:
        return False
    dated = a.start is not None and b.start is not None and a.end is not None and b.end is not None
    overlap = dated and a.start <= b.end and b.start <= a.end  # type: ignore[operator]
    return bool(overlap or a.places & b.places)


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]  # halved as it is walked: the same groups, shorter paths
        i = parent[i]
    return i


def talk_groups(found: list[Talks], grouped: Sequence[int] = ()) -> list[int]:
    """Which talks are one event, as union-find parents over `found`. `grouped` is an earlier answer for the first
    talks of `found`: only the talks after them are compared (a store build groups each article's new talks, not
    every stored talk of the same participants again)."""
    parent = [*grouped, *range(len(grouped), len(found))]
    earlier: dict[frozenset[str], list[int]] = {}  # talks are one only with the same participants
    for i, a in enumerate(found):
        alike = earlier.setdefault(a.participants, [])
        for j in alike if i >= len(grouped) else ():
            # talks already in one group are not compared again
            if _root(parent, i) != _root(parent, j) and _same(a, found[j]):
                parent[_root(parent, i)] = _root(parent, j)
        alike.append(i)
    return parent


def event_triples(found: list[Talks], parent: list[int] | None = None) -> Iterator[Triple]:
    """One kg:Event for each group of talks that several articles report (an event already stored keeps its IRI);
    `parent`: talk_groups(found), when the caller keeps it."""
    parent = talk_groups(found) if parent is None else parent
    groups: dict[int, list[Talks]] = {}
    for i, t in enumerate(found):
        groups.setdefault(_root(parent, i), []).append(t)
    for group in groups.values():
        if len({t.graph for t in group}) < 2:
            continue
        known = sorted(t.event for t in group if t.event)
        event = URIRef(known[0]) if known else KGR[f"event-{digest(min(t.fact for t in group))}"]
        yield event, RDF.type, KG.Event
        for t in group:
            yield URIRef(t.fact), KG.event, event
            yield event, KG.seenIn, URIRef(t.graph)


# ------------------------------------------------------------------------------------------ what is stored
STORED_FORMS = _PREFIXES + """SELECT ?g ?e ?label ?type ?state ?role WHERE {
  GRAPH ?g { ?a a schema:NewsArticle ; schema:mentions ?e . ?e a ?type .
    FILTER(?type IN (schema:Person, schema:Organization))
    OPTIONAL { ?e org:holds ?post . OPTIONAL { ?post org:role ?role }
               OPTIONAL { ?post org:postIn ?org . OPTIONAL { ?org kg:standsFor ?for } } } }
  ?e skos:prefLabel ?label . FILTER(lang(?label) = "fr")
  OPTIONAL { ?org a kg:State . BIND(?org AS ?own) }
  BIND(COALESCE(?own, ?for) AS ?state)
}"""
STORED_SAME = _PREFIXES + "SELECT ?a ?b WHERE { GRAPH ?ig { ?a owl:sameAs ?b } }"


def stored_forms(rows: Iterable[Any]) -> list[Form]:
    """The forms a store's article graphs hold: minted people and organisations, reference people."""
    from kg.identity import gather

    forms = []
    for row in rows:
        iri, graph = str(row.e), str(row.g)
        minted = iri.startswith(_MINTED)
        person = str(row.type).endswith("Person")
        if not graph.startswith(_ARTICLE) or not (minted or person):
            continue
        role = str(row.role) if row.role is not None and not str(row.role).startswith(str(KGR["role-text-"])) else None
        forms.append(Form(iri, iri, str(row.label), "Person" if person else "Organisation",
                          frozenset({graph[len(_ARTICLE):]}), frozenset({str(row.state)} if row.state else ()),
                          frozenset({role} if role else ()), not minted))
    return gather(forms)


# ------------------------------------------------------------------------------------------- the two builds
def emit_corpus(emitter: Emitter, analysed: list[tuple[Article, ArticleFacts]]) -> None:
    """File build: resolve the whole corpus, write each article with canonical IRIs, then the identity graph
    (left out when nothing was merged, kept apart or found twice)."""
    gaz = emitter.gaz
    forms = [f for article, found in analysed for f in forms_of(article.id, found, gaz.state_of, gaz.usual_post_in)]
    resolution = resolve(forms)
    for article, found in analysed:
        emitter.add(article, found, resolution.aliases(article.id))
    reported = [t for article, _ in analysed for t in talks_in(emitter.graph(article_iri(article.id)))]
    triples = [*decision_triples(resolution.decisions), *event_triples(reported)]
    if triples:
        graph = emitter.graph(IDENTITY_GRAPH)
        for triple in triples:
            graph.add(triple)


class StoreIdentity:
    """Store build: what the store's articles already name, against which each new article is resolved. Stored
    graphs are never rewritten: a new article takes the stored IRI of an entity, and when it brings a fuller
    name, `owl:sameAs` old -> new joins the identity graph."""

    def __init__(self, store: CorpusStore) -> None:
        self.store = store
        # every rule joins names with the same surname: a new article is resolved against those only, and the
        # stored talks are read once, so a build stays linear in the corpus
        self.by_surname: dict[str, list[Form]] = {}
        for form in stored_forms(store.query(STORED_FORMS)):
            self.by_surname.setdefault(surname_key(form), []).append(form)
        self.stored = {a for forms in self.by_surname.values() for f in forms for a in f.articles}
        # the forms this build's articles add, one per unit (kg.identity.merge): one per article and unit made each
        # article gather again every earlier article's forms of its surnames, a build quadratic in its articles
        self.added: dict[str, dict[str, Form]] = {}
        self.same = {(str(r[0]), str(r[1])) for r in store.query(STORED_SAME) if isinstance(r, tuple)}
        self.talks: dict[frozenset[str], list[Talks]] = {}  # stored and new talks, by participants
        for stored in talks(store.query(NEGOTIATIONS)):
            self.talks.setdefault(stored.participants, []).append(stored)
        self.talked = {t.graph for found in self.talks.values() for t in found}  # stored graphs with talks
        # talk_groups of each participants' talks, kept from article to article: grouping every stored talk again
        # for each article made a build quadratic in the talks of the same participants
        self.groups: dict[frozenset[str], list[int]] = {}

    def add(self, emitter: Emitter, article: Article, found: ArticleFacts) -> list[Triple]:
        """Write `article` into `emitter` with the IRIs the store knows; the triples to add to IDENTITY_GRAPH."""
        gaz = emitter.gaz
        own = forms_of(article.id, found, gaz.state_of, gaz.usual_post_in)
        if article.id in self.stored:  # a changed article replaces its own forms
            for name, forms in self.by_surname.items():
                self.by_surname[name] = [f for f in forms if f.articles != {article.id}]
        others = [f for name in sorted({surname_key(f) for f in own})
                  for f in (*self.by_surname.get(name, ()), *self.added.get(name, {}).values())]
        resolution = resolve(others + own, self.same)
        emitter.add(article, found, resolution.aliases(article.id))
        triples = list(decision_triples(touching(resolution, article.id)))
        graph = str(article_iri(article.id))
        new = talks_in(emitter.graph(article_iri(article.id)))
        if graph in self.talked:  # a changed article's stored talks leave, and their groups are made again
            for sides, alike in self.talks.items():
                if any(t.graph == graph for t in alike):
                    self.talks[sides] = [t for t in alike if t.graph != graph]
                    self.groups.pop(sides, None)
        for sides in sorted({t.participants for t in new}, key=sorted):
            earlier = self.talks.get(sides, [])
            alike = earlier + [t for t in new if t.participants == sides]
            self.groups[sides] = talk_groups(alike, self.groups.get(sides, ()))
            made = list(event_triples(alike, self.groups[sides]))
            events = {str(s): str(o) for s, p, o in made if p == KG.event}
            self.talks[sides] = earlier + [replace(t, event=events.get(t.fact, t.event)) for t in alike[len(earlier):]]
            triples += made
        for form in own:
            if not form.pending:
                stored = stored_form(form, resolution)
                units = self.added.setdefault(surname_key(stored), {})
                units[stored.unit] = merge(units.get(stored.unit), stored)
        self.same |= {(str(s), str(o)) for s, p, o in triples if p == OWL.sameAs}
        return triples


def surname_key(form: Form) -> str:
    """The last word of a form's name key (« aksel hovdenak » -> « hovdenak »): what every identity rule shares."""
    return form.key[-1] if form.key else ""


def stored_form(form: Form, resolution: Resolution) -> Form:
    """A new article's form as the store now holds it: under its canonical IRI and label."""
    canonical = resolution.canonical.get(form.unit)
    return form if canonical is None else replace(form, unit=canonical.iri, iri=canonical.iri, label=canonical.label,
                                                  reference=canonical.reference)


# ------------------------------------------------------------------------------------------------ kg explain
WHY = {"variant": "the same name, transliteration folded", "fuller-name": "every word of it in this fuller name",
       "surname": "a surname alone: the one full name with it in the corpus",
       "same-as": "joined earlier (owl:sameAs in the store)",
       "ambiguous": "kept apart: the surname fits several full names",
       "conflict": "kept apart: the articles give it other states or posts"}


def explain(graph: Graph, iri: str) -> list[str]:
    """One line per article that names `iri` (or what it was merged into) as it writes it, and per decision of
    the identity graph about it: which form, in which article, which rule."""
    chosen = URIRef(iri)
    for _ in range(8):  # an old IRI stands for what it was merged into
        later = sorted(str(o) for o in graph.objects(chosen, OWL.sameAs) if str(o).startswith(str(KGR)))
        chosen = URIRef(later[0]) if later else chosen
    one = {chosen, *graph.transitive_subjects(OWL.sameAs, chosen)}
    lines = [f"{french_label(graph, chosen)} ({short_iri(chosen)})"]
    for article in sorted(graph.subjects(SCHEMA.mentions, chosen), key=str):
        lines.append(f"  « {french_label(graph, chosen)} » in {_source(graph, article)}: named in the article")
    decisions = {d for node in one for d in graph.subjects(KG.decidedFor, node)}
    decisions |= {d for node in one for d in graph.subjects(KG.formEntity, node)}
    for node in sorted(decisions, key=str):
        rule = str(graph.value(node, KG.rule))
        into = ", ".join(sorted(french_label(graph, o) for o in graph.objects(node, KG.decidedFor)))
        for article in sorted(graph.objects(node, KG.seenIn), key=str):
            lines.append(f"  « {graph.value(node, KG.form)} » in {_source(graph, article)}: {rule} -> {into} "
                         f"({WHY.get(rule, rule)})")
    return lines


def _source(graph: Graph, article: Any) -> str:
    source = graph.value(article, KG.source)
    return str(source) if source is not None else short_iri(article)
