"""One entity across articles: the corpus stage that runs after discourse and before RDF.

Each article names people and organisations the reference data lacks with a minted IRI of their own
(kg.rdf.entity_iri). This stage gathers those names over the whole corpus, with what the articles say of
them (the states their posts are in, the posts), and decides which are one entity:

- « variant »: the same name once transliteration is folded (`name_key`: accents, y/i, w/v, kh/h, ou/u, sch/ch,
  tch/ch, ph/f, ck/k, doubled letters, hyphens): « Hovdenakk » and « Hovdenak »;
- « fuller-name »: a full name whose words are all in one longer name with the same surname;
- « surname »: a surname alone (« M. Dupont », « le ministre Dupont ») and the one full name with that surname.

It never merges names whose contexts conflict (posts in different states, different posts of the reference
data), and a surname that fits two full names stays apart (« ambiguous »). The canonical IRI of a cluster is
that of its fullest name (a reference entity first, then the most words, the most articles, the smallest
label), whatever the order of the input. Records only: no spaCy, no rdflib (kg.identity_rdf writes the graph).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.records import ArticleFacts, Entity
from kg.text import fold

CLASSES = {"Person", "Organisation", "Company"}
_TRANSLIT = (("sch", "ch"), ("tch", "ch"), ("kh", "h"), ("ou", "u"), ("ph", "f"), ("ck", "k"), ("w", "v"),
             ("y", "i"))
_OWN_WORDS = "https://w3id.org/kg-news/id/role-text-"  # a post named in the article's own words (kg.extract.own_words)


@lru_cache(maxsize=8192)  # Form.key asks for it at every comparison of two forms
def name_key(label: str) -> tuple[str, ...]:
    """The words of a name as a transliteration-blind key: « Aksel Hovdennakk » -> ("aksel", "hovdenak")."""
    words = []
    for word in re.split(r"[^a-z]+", fold(label)):
        for written, said in _TRANSLIT:
            word = word.replace(written, said)
        word = re.sub(r"(.)\1+", r"\1", word)
        if word:
            words.append(word)
    return tuple(words)


@dataclass(frozen=True)
class Form:
    """A name as the corpus uses it: one minted (or reference) entity, the articles that name it and what they
    say of it. `unit` tells forms apart: the IRI, or for a lone surname the IRI and its one article (two
    articles' « Dupont » may be two people)."""

    unit: str
    iri: str
    label: str
    cls: str
    articles: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    posts: frozenset[str] = frozenset()
    reference: bool = False
    pending: bool = False  # a lone surname (its article left it out, or only a title names it)

    @property
    def key(self) -> tuple[str, ...]:
        return name_key(self.label)

    @property
    def person(self) -> bool:
        return self.cls == "Person"

    def rank(self) -> tuple[int, int, int, str, str]:
        """Sort key of the fullest name: reference first, then more words, more articles, the smallest label."""
        return (not self.reference, -len(self.key), -len(self.articles), self.label, self.unit)


@dataclass(frozen=True)
class Decision:
    """Why a form is (or is not) one with another: `rule` is variant, fuller-name, surname (merged) or ambiguous,
    conflict (kept apart, `into` then lists the candidates)."""

    form: Form
    rule: str
    into: tuple[Form, ...]


@dataclass
class Resolution:
    """The clusters of a corpus: for each merged form its canonical form, and every decision taken."""

    canonical: dict[str, Form] = field(default_factory=dict)  # unit -> canonical form (merged units only)
    decisions: list[Decision] = field(default_factory=list)
    forms: dict[str, Form] = field(default_factory=dict)  # every form, by unit
    _merged: dict[str, dict[str, Form]] | None = field(default=None, init=False, repr=False, compare=False)

    def aliases(self, article: str) -> dict[str, Form]:
        """Minted IRI -> canonical form, for the entities of one article. The merged forms are indexed by article
        at the first call, once the resolution is complete: a pass over every form for each article made a file
        build quadratic in its articles."""
        if self._merged is None:
            self._merged = {}
            for unit, form in self.forms.items():
                if unit in self.canonical:
                    for named_in in form.articles:
                        self._merged.setdefault(named_in, {})[form.iri] = self.canonical[unit]
        return dict(self._merged.get(article, {}))


def forms_of(article: str, found: ArticleFacts, state_of: Mapping[str, str],
             usual_post_in: Mapping[str, str]) -> list[Form]:
    """The forms one article gives: its minted people and organisations, the reference people it names, its lone
    surnames; each person with the states and posts the article gives them."""
    from kg.rdf import entity_iri

    states: dict[str, set[str]] = {}
    posts: dict[str, set[str]] = {}
    for fact in found.facts:
        holder, org, post = fact.first("holder"), fact.first("org"), fact.attr("post")
        if fact.kind != "post" or holder is None:
            continue
        state = (org.iri if org.cls == "State" else state_of.get(org.key)) if org is not None else None
        if state:
            states.setdefault(holder.key, set()).add(state)
        if post and not post.startswith(_OWN_WORDS):
            posts.setdefault(holder.key, set()).add(post)

    def form(entity: Entity, pending: bool = False) -> Form:
        iri = str(entity_iri(entity))
        usual = {usual_post_in[iri]} if iri in usual_post_in else set()
        # a lone surname a title names (« le ministre Dupont »): its article's own unit, as a pending one, and
        # no state or post to tell it from the full name (its bare title's state is the article's guess)
        if entity.cls == "Person" and entity.iri is None and len(name_key(entity.label)) == 1:
            return Form(f"{iri} {article}", iri, entity.label, entity.cls, frozenset({article}), pending=True)
        return Form(f"{iri} {article}" if pending else iri, iri, entity.label, entity.cls, frozenset({article}),
                    frozenset(states.get(entity.key, set()) | usual), frozenset(posts.get(entity.key, ())),
                    entity.iri is not None, pending)

    named = [form(e) for e in found.mentions.values()
             if e.cls in CLASSES and (e.iri is None or e.cls == "Person")]
    return named + [form(e, pending=True) for e in found.pending.values() if e.cls == "Person"]


def merge(seen: Form | None, form: Form) -> Form:
    """`form` added to an earlier form of its unit: the first one's name, the articles, states and posts of both."""
    return form if seen is None else replace(
        seen, articles=seen.articles | form.articles, states=seen.states | form.states, posts=seen.posts | form.posts,
        reference=seen.reference or form.reference)


def gather(forms: Iterable[Form]) -> list[Form]:
    """Forms of the same unit from several articles as one form (articles, states and posts together)."""
    units: dict[str, Form] = {}
    for form in forms:
        units[form.unit] = merge(units.get(form.unit), form)
    return sorted(units.values(), key=lambda f: f.unit)


class _Clusters:
    """Union-find over forms, each cluster with the states and posts of all its forms."""

    def __init__(self, forms: list[Form]) -> None:
        self.parent = {f.unit: f.unit for f in forms}
        self.groups = {f.unit: [f] for f in forms}  # root -> the forms of its cluster
        self.rule: dict[str, str] = {}

    def find(self, unit: str) -> str:
        while self.parent[unit] != unit:
            self.parent[unit] = self.parent[self.parent[unit]]
            unit = self.parent[unit]
        return unit

    def members(self, unit: str) -> list[Form]:
        return self.groups[self.find(unit)]

    def fits(self, a: str, b: str) -> bool:
        """Two clusters may be one entity: their states meet (or one has none), their posts too."""
        first, second = self.members(a), self.members(b)
        for facet in ("states", "posts"):
            one = set().union(*(getattr(f, facet) for f in first))
            two = set().union(*(getattr(f, facet) for f in second))
            if one and two and one.isdisjoint(two):
                return False
        return not (any(f.reference for f in first) and any(f.reference for f in second))

    def join(self, a: str, b: str, rule: str) -> None:
        for unit in (a, b):
            self.rule.setdefault(unit, rule)
        first, second = self.find(a), self.find(b)
        if first != second:
            self.parent[first] = second
            self.groups[second] += self.groups.pop(first)


def resolve(forms: Iterable[Form], same: Iterable[tuple[str, str]] = ()) -> Resolution:
    """Cluster the forms of a corpus (see the module's doc). `same` pairs IRIs already known to be one entity
    (the owl:sameAs of a store's identity graph)."""
    every = gather(forms)
    clusters = _Clusters(every)
    by_iri: dict[str, list[str]] = {}
    for form in every:
        by_iri.setdefault(form.iri, []).append(form.unit)
    for a, b in sorted(same):
        for unit_a in by_iri.get(a, []):
            for unit_b in by_iri.get(b, []):
                clusters.join(unit_a, unit_b, "same-as")
    decisions = _variants(clusters, every) + _fuller(clusters, every) + _surnames(clusters, every)
    resolution = Resolution(decisions=decisions, forms={f.unit: f for f in every})
    roots: dict[str, list[Form]] = {}
    for form in every:
        roots.setdefault(clusters.find(form.unit), []).append(form)
    for members in roots.values():
        best = min(members, key=Form.rank)
        for form in members:
            if form.unit != best.unit and form.iri != best.iri:
                resolution.canonical[form.unit] = best
                rule = clusters.rule.get(form.unit, "variant")
                resolution.decisions.append(Decision(form, rule, (best,)))
    resolution.decisions.sort(key=lambda d: (d.form.unit, d.rule))
    return resolution


def _variants(clusters: _Clusters, forms: list[Form]) -> list[Decision]:
    """Full names with the same key are one entity, unless their contexts conflict."""
    apart: list[Decision] = []
    groups: dict[tuple[bool, tuple[str, ...]], list[Form]] = {}
    for form in forms:
        if len(form.key) >= 2 or not form.person:
            groups.setdefault((form.person, form.key), []).append(form)
    for group in groups.values():
        for i, form in enumerate(group):
            target = next((g for g in group[:i] if clusters.fits(form.unit, g.unit)), None)
            if target is not None:
                clusters.join(form.unit, target.unit, "variant")
            elif i:
                apart.append(Decision(form, "conflict", tuple(group[:i])))
    return apart


def _longer_names(forms: list[Form]) -> dict[str, list[Form]]:
    """The full names a shorter one may join, by surname, in corpus order: one pass, not one per short form (the
    pass per form made a corpus of lone surnames quadratic)."""
    longer: dict[str, list[Form]] = {}
    for form in forms:
        if form.person and not form.pending and len(form.key) >= 2:
            longer.setdefault(form.key[-1], []).append(form)
    return longer


def _candidates(clusters: _Clusters, form: Form, longer_names: dict[str, list[Form]],
                longer: bool) -> dict[str, list[Form]]:
    """Clusters holding a longer full name of the same person: same surname, and (`longer`) every word of `form`."""
    found: dict[str, list[Form]] = {}
    words = set(form.key)
    for other in longer_names.get(form.key[-1], []) if form.key else []:
        if len(other.key) <= len(form.key):
            continue
        if (not longer or words <= set(other.key)) and clusters.find(other.unit) != clusters.find(form.unit):
            found.setdefault(clusters.find(other.unit), []).append(other)
    return found


def _attach(clusters: _Clusters, forms: list[Form], short: list[Form], rule: str) -> list[Decision]:
    apart: list[Decision] = []
    longer_names = _longer_names(forms)
    for form in short:
        found = _candidates(clusters, form, longer_names, longer=rule == "fuller-name")
        fitting = {root: members for root, members in found.items() if clusters.fits(form.unit, root)}
        if len(fitting) == 1:
            clusters.join(form.unit, next(iter(fitting)), rule)
        elif found:
            listed = tuple(sorted((m for ms in (fitting or found).values() for m in ms), key=Form.rank))
            apart.append(Decision(form, "ambiguous" if len(fitting) > 1 else "conflict", listed))
    return apart


def _fuller(clusters: _Clusters, forms: list[Form]) -> list[Decision]:
    return _attach(clusters, forms, [f for f in forms if f.person and len(f.key) >= 2 and not f.reference],
                   "fuller-name")


def _surnames(clusters: _Clusters, forms: list[Form]) -> list[Decision]:
    return _attach(clusters, forms, [f for f in forms if f.person and len(f.key) == 1], "surname")
