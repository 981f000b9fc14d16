"""Reference data (ontology/reference/*.ttl) -> lookup tables: entities, their surface forms, roles, weapons.

No spaCy here: nlp.py compiles the surface forms into a PhraseMatcher. The posts (roles.ttl) are read by
kg.reference_posts, the Turtle files parsed by kg.reference_graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import product

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS
from rdflib.term import Node

from kg.namespaces import KG, ORG, SCHEMA
from kg.reference_graph import parse_turtle
from kg.reference_posts import COMPANY_POSTS as COMPANY_POSTS
from kg.reference_posts import DIPLOMATS as DIPLOMATS
from kg.reference_posts import EXPERTS as EXPERTS
from kg.reference_posts import HEADS_OF_STATE as HEADS_OF_STATE
from kg.reference_posts import LAWMAKERS as LAWMAKERS
from kg.reference_posts import MONARCHS as MONARCHS
from kg.reference_posts import Role as Role
from kg.reference_posts import literal_texts, read_role, state_offices
from kg.reference_posts import office as office
from kg.resources import ontology_files
from kg.text import fold, french_label

# How a surface form names its entity; the extractor needs to know ("Moscou" may be a state or a place).
NAME, CAPITAL, CITY, DEMONYM, BODY, ORGANISATION, COMPANY, WEAPON, PERSON, ROLE, ISSUE = (
    "name", "capital", "city", "demonym", "body", "organisation", "company", "weapon", "person", "role", "issue")

_NUMBER_HYPHEN = re.compile(r"(?<=[A-Za-z]{3})-(?=\d)")  # a name's number after a hyphen
_KIND_OF_CLASS = {
    KG.State: NAME, KG.City: CITY, KG.GovernmentBody: BODY, KG.InternationalOrganisation: ORGANISATION,
    KG.ArmedGroup: ORGANISATION, KG.Organisation: ORGANISATION, KG.Company: COMPANY, KG.WeaponSystem: WEAPON,
    SCHEMA.Person: PERSON, ORG.Role: ROLE, KG.IssueAtStake: ISSUE,
}


@dataclass(frozen=True)
class SurfaceForm:
    text: str
    entity: str
    how: str


@dataclass
class Gazetteer:
    """Everything the extractor knows before reading: states, places, bodies, organisations, weapons, people."""

    graph: Graph
    kind: dict[str, str] = field(default_factory=dict)
    label: dict[str, str] = field(default_factory=dict)
    state_of: dict[str, str] = field(default_factory=dict)
    in_state: dict[str, str] = field(default_factory=dict)  # city -> the state it lies in (the host of a visit)
    home_state: dict[str, str] = field(default_factory=dict)  # company -> the state it is based in (kg:country)
    multinational: frozenset[str] = frozenset()  # groups whose systems are made in several states
    brands: frozenset[str] = frozenset()  # firms whose name the press gives their product line (« avions Cessna »)
    makers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # weapon system -> its makers, groups for builders
    builders: dict[str, tuple[str, ...]] = field(default_factory=dict)  # weapon system -> makers of its groups
    capital: dict[str, str] = field(default_factory=dict)  # state -> its capital (the seat of its government)
    forms: list[SurfaceForm] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    weapon_nouns: dict[str, str] = field(default_factory=dict)
    usual_role: dict[str, str] = field(default_factory=dict)
    usual_post_in: dict[str, str] = field(default_factory=dict)
    state_offices: frozenset[str] = frozenset()  # posts of a state's government (ministers, chiefs of staff)

    def describe(self, entity: str) -> Iterator[tuple[Node, Node, Node]]:
        """The reference triples about an entity, to copy into a graph that mentions it."""
        yield from self.graph.triples((URIRef(entity), None, None))

    @cached_property
    def one_word_weapon_nouns(self) -> frozenset[str]:
        """The reference's generic weapon nouns of one word (not the first word of a longer one: « la défense
        nationale » is no « défense aérienne »)."""
        return frozenset(n for n in self.weapon_nouns if " " not in n)

    @cached_property
    def shared_demonyms(self) -> dict[str, tuple[str, ...]]:
        """A demonym two states share (lowercase) -> the states that hold it as kg:sharedDemonym."""
        shared: dict[str, tuple[str, ...]] = {}
        for sharing, form in sorted(self.graph.subject_objects(KG.sharedDemonym)):
            shared[str(form).lower()] = (*shared.get(str(form).lower(), ()), str(sharing))
        return shared

    @cached_property
    def shared_weapon_nouns(self) -> frozenset[str]:
        """Generic nouns several weapon types share (« missile », « avion »): they give a system no type."""
        counts: dict[str, int] = {}
        for _, noun in self.graph.subject_objects(KG.genericNoun):
            counts[str(noun).lower()] = counts.get(str(noun).lower(), 0) + 1
        return frozenset(n for n, c in counts.items() if c > 1)

    @cached_property
    def one_word_names(self) -> frozenset[str]:
        """The one-word names of the reference's places, states, bodies, organisations and weapons, folded (a lone
        word that is one of them is no repeated surname)."""
        return frozenset(fold(f.text) for f in self.forms if f.how not in {PERSON, ROLE, ISSUE} and " " not in f.text)

    @cached_property
    def weapon_designators(self) -> tuple[tuple[str, str], ...]:
        """Weapon forms that are designators (one word with a digit), folded, longest first, with their system."""
        forms = {fold(f.text): f.entity for f in self.forms
                 if f.how == WEAPON and any(c.isdigit() for c in f.text) and " " not in f.text}
        return tuple(sorted(forms.items(), key=lambda item: -len(item[0])))

    @cached_property
    def weapon_kind(self) -> dict[str, str]:
        """A reference weapon system -> its weapon type."""
        return {str(s): str(t) for s, t in self.graph.subject_objects(KG.weaponType)}

    @cached_property
    def type_heads(self) -> dict[str, frozenset[str]]:
        """A weapon type -> the first words of its generic nouns (« avion » of « avion d'entraînement »)."""
        heads: dict[str, set[str]] = {}
        for kind, noun in self.graph.subject_objects(KG.genericNoun):
            heads.setdefault(str(kind), set()).add(str(noun).lower().split()[0])
        return {kind: frozenset(found) for kind, found in heads.items()}

    @cached_property
    def systems_named(self) -> dict[str, tuple[str, ...]]:
        """A name, folded -> the weapon systems it names: their forms, and the part of a form past the first word
        of a maker's name (« Hawk » of « BAE Hawk ») or of a noun of its type (« Gazelle » of « hélicoptère
        Gazelle »), or before a model number (« Hawk » of « Hawk Mk 128 »)."""
        found: dict[str, list[str]] = {}
        for form in self.forms:
            if form.how != WEAPON:
                continue
            words = _NUMBER_HYPHEN.sub(" ", form.text).split()  # « Zorvak Missile-6 »: « Zorvak Missile » its family
            makers = {self.label.get(m, "").split()[0] for m in self.makers.get(form.entity, ())
                      + self.builders.get(form.entity, ()) if self.label.get(m)}
            names = [form.text]
            nouns = self.type_heads.get(self.weapon_kind.get(form.entity, ""), frozenset())
            if len(words) > 1 and (words[0] in makers or (words[0].lower() in nouns and words[1][:1].isupper())):
                names.append(" ".join(words[1:]))
            model = next((i for i, w in enumerate(words) if i and (any(c.isdigit() for c in w) or w == "Mk")), None)
            family = " ".join(words[:model]) if model is not None else ""  # « F » of « F 35 »: a lone letter is
            if model is not None and words[0][:1].isupper() and words[0] not in makers and len(family) > 1 and \
                    not any(c.isdigit() for c in family):  # a prefix; « Airbus A400M » names no « Airbus »
                names.append(family)
            for name in names:
                if form.entity not in found.setdefault(fold(name), []):
                    found[fold(name)].append(form.entity)
        return {name: tuple(systems) for name, systems in found.items()}

    @cached_property
    def classes_named(self) -> dict[str, tuple[str, ...]]:
        """A class's own name, folded -> the classes of ships it names (« Zorvik » of « classe Zorvik »)."""
        found: dict[str, list[str]] = {}
        for form in self.forms:
            words = form.text.split()
            if form.how == WEAPON and len(words) > 1 and words[0] == "classe" and words[1][:1].isupper() and \
                    form.entity not in found.setdefault(fold(" ".join(words[1:])), []):
                found[fold(" ".join(words[1:]))].append(form.entity)
        return {name: tuple(systems) for name, systems in found.items()}

    @cached_property
    def name_words(self) -> dict[str, frozenset[str]]:
        """Entity -> the folded words of its names (« fédération » is a word of « Fédération de Russie »)."""
        words: dict[str, set[str]] = {}
        for form in self.forms:
            if form.how == NAME:
                words.setdefault(form.entity, set()).update(fold(form.text).split())
        return {entity: frozenset(found) for entity, found in words.items()}

    @cached_property
    def capitalised_forms(self) -> frozenset[str]:
        """The forms written in capitals (« RDC », « USA »): such a word in a text is that name, not an acronym."""
        return frozenset(f.text for f in self.forms if f.text.isupper())

    @cached_property
    def first_names(self) -> dict[str, frozenset[str]]:
        """A known person -> the first two letters (folded) of the first word of each of their names in several
        words: how their first name starts, however it is spelled or shortened."""
        found: dict[str, set[str]] = {}
        for form in self.forms:
            if form.how == PERSON and len(words := fold(form.text).split()) > 1:
                found.setdefault(form.entity, set()).add(words[0][:2])
        return {person: frozenset(starts) for person, starts in found.items()}

    @cached_property
    def portfolios(self) -> frozenset[str]:
        """What the posts of a state's government have in charge, as their complements name it, folded and past
        their preposition and article (« défense », « affaires etrangeres », « etat-major general »)."""
        found: set[str] = set()
        for role in self.roles:
            if role.iri in self.state_offices:
                for complement in role.complements:  # not « adjoint », « délégué »: a rank in the post, no brief
                    core = re.sub(r"^(?:(?:a|au|aux|de|du|des|la|le|les)\s+|[dl]'\s*)+", "", fold(complement))
                    if core != fold(complement) and len(core) > 3:
                        found.add(core)
        return frozenset(found)

    @cached_property
    def monarchies(self) -> dict[str, frozenset[str]]:
        """A crowned head's or heir's title (« roi », « émir ») -> the states whose crown bears it (kg:monarchOf)."""
        found: dict[str, set[str]] = {}
        for role, state in self.graph.subject_objects(KG.monarchOf):
            found.setdefault(str(role), set()).add(str(state))
        return {role: frozenset(states) for role, states in found.items()}

    @cached_property
    def ministry_states(self) -> dict[str, tuple[str | None, frozenset[str]]]:
        """A ministry's name as its minister's title words it (« ministre des Armées », folded) -> the one state
        whose ministry the reference data names so (None when several do), and all whose ministry's name is so or
        opens so up to a comma (« ministère des Armées, des Anciens combattants et ... »)."""
        found: dict[str, tuple[set[str], set[str]]] = {}
        for form in self.forms:
            words, lead = fold(form.text).split(), fold(form.text.split(",")[0]).split()
            if form.how == BODY and words[:1] == ["ministere"] and (state := self.state_of.get(form.entity)):
                found.setdefault(" ".join(["ministre", *words[1:]]), (set(), set()))[0].add(state)
                found.setdefault(" ".join(["ministre", *lead[1:]]), (set(), set()))[1].add(state)
        return {title: (next(iter(named)) if len(named) == 1 else None, frozenset(named | opened))
                for title, (named, opened) in found.items()}

    @cached_property
    def city_forms(self) -> dict[str, SurfaceForm]:
        """Folded name -> the first city or capital form that spells it (a dateline's place)."""
        found: dict[str, SurfaceForm] = {}
        for form in self.forms:
            if form.how in {CITY, CAPITAL}:
                found.setdefault(fold(form.text), form)
        return found


def _english_forces(demonyms: list[tuple[str, str]], forms: list[SurfaceForm]) -> Iterator[SurfaceForm]:
    """« l'Indian Navy », « la Royal Saudi Air Force »: an English demonym before an English force noun
    (ontology/lexicon/force-nouns-en.tsv) names a body of its state, read as its demonym (« l'armée de l'air
    nigériane »); the demonym alone never is (« Indian », « Jordan » are French words or names too). A phrase the
    reference already names (« US Navy ») keeps its own entity."""
    from kg.extract.lexicon import table

    known = {form.text.lower() for form in forms}
    for demonym, state in demonyms:
        for (noun,) in table("force-nouns-en.tsv"):
            for text in (f"{demonym} {noun}", f"Royal {demonym} {noun}"):
                if text.lower() not in known:
                    yield SurfaceForm(text, state, DEMONYM)


def leading_makers(graph: Graph, makers: tuple[str, ...]) -> tuple[str, ...]:
    """Makers, but a builder whose group makes it too (Helibras of Airbus): the group tells the state the system
    comes from."""
    nodes = {URIRef(m) for m in makers}
    return tuple(m for m in makers if not nodes & set(graph.objects(URIRef(m), SCHEMA.parentOrganization)))


def _makers(graph: Graph, system: URIRef) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A system's makers that tell its state (leading_makers), and the builders of those groups."""
    every = tuple(sorted(str(m) for m in graph.objects(system, KG.manufacturer)))
    leading = leading_makers(graph, every)
    return leading, tuple(m for m in every if m not in leading)


@cache
def combining_forms() -> frozenset[str]:
    """The states' combining forms, lowercase (« franco », « sino »): the tokenizer splits the compounds they start."""
    return frozenset(str(f).lower() for f in load().graph.objects(None, KG.combiningForm))


@cache
def french_demonyms() -> frozenset[str]:
    """The states' French demonyms, lowercase (« togolais », « sénégalaises »)."""
    return frozenset(str(f).lower() for f in load().graph.objects(None, KG.demonym)
                     if isinstance(f, Literal) and f.language != "en")


_OFFICIAL_OF = re.compile(r"((?:République|Royaume|État|Etat) de) ([B-DF-HJ-NP-TV-Z]\w+)")


def _official_with_article(forms: list[SurfaceForm]) -> list[SurfaceForm]:
    """« République de la Zambie » beside « République de Zambie »: a state's official name is also written with
    the article of its short name; the form stands unless it names another entity."""
    taken = {f.text.lower() for f in forms}
    found: list[SurfaceForm] = []
    for form in forms:
        match = _OFFICIAL_OF.fullmatch(form.text) if form.how == NAME else None
        if match and (text := f"{match[1]} la {match[2]}").lower() not in taken:
            found.append(SurfaceForm(text, form.entity, NAME))
    return found


_HYPHENED = re.compile(r"(?<=\w)-(?=[A-ZÉÈ])")


def _unhyphened_states(forms: list[SurfaceForm]) -> list[SurfaceForm]:
    """« Etats Unis », « Guinée Bissau », « Papouasie-Nouvelle Guinée »: a state's name joining capitalised words
    with hyphens is also written with a space for any of them; the form stands unless it names another entity."""
    taken = {f.text.lower() for f in forms}
    found: list[SurfaceForm] = []
    for form in (f for f in forms if f.how == NAME):  # each hyphen kept or made a space
        for joins in product("- ", repeat=len(parts := _HYPHENED.split(form.text)) - 1):
            text = "".join(p + j for p, j in zip(parts, (*joins, ""), strict=True))
            if text.lower() not in taken:
                taken.add(text.lower())
                found.append(SurfaceForm(text, form.entity, NAME))
    return found


@cache
def load() -> Gazetteer:
    """Parse the reference data once per process (the pipeline's index and the word lookups above share it)."""
    graph = parse_turtle(ontology_files())
    gaz = Gazetteer(graph, multinational=frozenset(str(s) for s in graph.subjects(KG.multinational, Literal(True))),
                    brands=frozenset(str(s) for s in graph.subjects(KG.namesProducts, Literal(True))))
    english: list[tuple[str, str]] = []  # (English demonym, state)
    for cls, how in _KIND_OF_CLASS.items():
        for node in sorted(s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef)):
            iri = str(node)
            gaz.kind[iri] = how
            gaz.label[iri] = french_label(graph, node, (SKOS.prefLabel,))
            names = literal_texts(graph, node, SKOS.prefLabel, SKOS.altLabel, KG.officialName)
            if how == ROLE:
                gaz.roles.append(read_role(graph, node, gaz.label[iri]))
                continue
            form_kind = how
            if how == NAME:
                gaz.state_of[iri] = iri
                demonyms = [lit for p in (KG.demonym, KG.combiningForm) for lit in graph.objects(node, p)
                            if isinstance(lit, Literal)]  # « franco » of « franco-indien » reads as a demonym
                gaz.forms.extend(SurfaceForm(str(d), iri, DEMONYM) for d in demonyms if d.language != "en")
                english.extend((str(d), iri) for d in demonyms if d.language == "en")
            elif how == CITY:
                in_state = graph.value(node, KG.inState) or graph.value(node, KG.capitalOf)
                if in_state is not None:
                    gaz.in_state[iri] = str(in_state)
                capital_of = graph.value(node, KG.capitalOf)
                if capital_of is not None:
                    gaz.state_of[iri] = str(capital_of)
                    gaz.capital.setdefault(str(capital_of), iri)
                    form_kind = CAPITAL
            elif how == COMPANY and (country := graph.value(node, KG.country)) is not None:
                gaz.home_state[iri] = str(country)
            elif how == WEAPON:
                gaz.makers[iri], gaz.builders[iri] = _makers(graph, node)
            elif how == BODY:
                stands_for = graph.value(node, KG.standsFor)
                if stands_for is not None:
                    gaz.state_of[iri] = str(stands_for)
            elif how == PERSON:
                if (role := graph.value(node, KG.usualRole)) is not None:
                    gaz.usual_role[iri] = str(role)
                if (post_in := graph.value(node, KG.usualPostIn)) is not None:
                    gaz.usual_post_in[iri] = str(post_in)
            gaz.forms.extend(SurfaceForm(n, iri, form_kind) for n in names)
    gaz.forms.extend(_english_forces(english, gaz.forms))
    gaz.forms.extend(_official_with_article(gaz.forms))
    gaz.forms.extend(_unhyphened_states(gaz.forms))
    from kg.weapon_spellings import other_spellings  # it reads this module's SurfaceForm

    gaz.forms.extend(other_spellings(gaz.forms))  # and « des frégates ex-néerlandaises »: second-hand, from it
    gaz.forms.extend(SurfaceForm(f"ex-{f.text}", f.entity, DEMONYM) for f in list(gaz.forms) if f.how == DEMONYM)
    gaz.state_offices = state_offices(graph)
    for node in sorted(s for s in graph.subjects(RDF.type, KG.WeaponType) if isinstance(s, URIRef)):
        for noun in literal_texts(graph, node, KG.genericNoun):
            gaz.weapon_nouns[noun.lower()] = str(node)
        gaz.label[str(node)] = french_label(graph, node, (SKOS.prefLabel,))
    for node in sorted(s for s in graph.subjects(OWL.sameAs, None) if isinstance(s, URIRef)):
        gaz.label.setdefault(str(node), french_label(graph, node, (SKOS.prefLabel,)))
    return gaz
