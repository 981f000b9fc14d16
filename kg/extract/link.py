"""Mentions -> entities: the one place that decides which entity a mention names. « M. Virtanen » after
« Ilkka Virtanen » is one person; a capital, demonym or body acts for its state; a person acts for the state
of their post, once the article says it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg import gazetteer as gz
from kg.extract import doc_words
from kg.extract.lexicon import firm_nouns, name_titles, word_list
from kg.extract.mentions import Mention, reference_entity, state_entity
from kg.extract.plural_names import listed_after_plural_title
from kg.gazetteer import Gazetteer
from kg.namespaces import KG, KGR
from kg.records import Entity
from kg.text import fold, french_label

if TYPE_CHECKING:
    from spacy.tokens import Doc

_GOVERNMENT = str(KGR["body-gov-"])
_SURNAME = "surname"  # a candidate of `Linker.link` only: a lone word that may repeat a surname named before
_NOT_BEFORE = {"le", "la", "les", "l'", "du", "des", "au", "aux", "en"}  # « la Nom », « en Nom »: a place's


@dataclass
class Linker:
    """What linking has learnt of one article so far: the people named and the states they act for."""

    gaz: Gazetteer
    people: list[Entity] = field(default_factory=list)
    person_state: dict[str, Entity] = field(default_factory=dict)
    guessed: set[str] = field(default_factory=set)  # the people whose state no title of theirs has named yet
    pending: dict[str, Entity] = field(default_factory=dict)  # lone names left out, for the corpus stage (identity)

    def link(self, mentions: list[Mention], doc: Doc | None = None) -> list[Mention]:
        """Each person mention as the person named before, when it is one. A lone unknown word the NER calls
        a person (« frégates Abukuma », « (Sipri) ») is no person unless it repeats a surname named in full, or
        a civility or title right before it names it (« M. Dupont », « le ministre Dupont », as communiqués
        name people, « le roi Prénom de Pays », as royals are named)."""
        out: list[Mention] = []
        surnames = self._surnames_misread(mentions, doc) if doc is not None else []
        replaced: set[int] = set()  # the start of each place or body a lone surname was read as
        for mention in mentions:
            while surnames and surnames[0].start <= mention.start:  # a person only if named in full before
                if (person := self.by_surname((word := surnames.pop(0)).entity.label)) is not None:
                    out.append(Mention(word.start, word.end, person, gz.PERSON))
                    replaced.add(word.start)
            if mention.start in replaced:
                continue
            if mention.how == gz.PERSON:
                given = doc is not None and mention.start > 0 and \
                    doc[mention.start - 1].lower_ in word_list("given-name-titles.tsv")
                mention = replace(mention, entity=self._person(mention.entity, given))
                royal = given and doc is not None and mention.end < len(doc) and \
                    doc[mention.end].lower_ in {"de", "d'", "du"}  # « le roi Prénom de Pays »
                royal = royal or (doc is not None and mention.start > 0 and  # « le roi Prénom »: a monarch's name
                                  doc[mention.start - 1].lower_ in word_list("reign-titles.tsv"))
                if mention.entity.iri is None and " " not in mention.entity.label.strip() and not (royal or (
                        doc is not None and mention.start > 0 and doc[mention.start - 1].lower_ in name_titles()) or (
                        doc is not None and listed_after_plural_title(doc, mention.start))):  # « les ministres X et Y »
                    self.pending.setdefault(mention.entity.key, mention.entity)
                    continue
            out.append(mention)
        for word in surnames:
            if (person := self.by_surname(word.entity.label)) is not None:
                out.append(Mention(word.start, word.end, person, gz.PERSON))
        return out

    def _person(self, entity: Entity, given: bool = False) -> Entity:
        """The person named before that a name repeats in part (`given`: a lone word after a title that names its
        holder by the given name, « le prince X » after « X ben Y »), else a new one."""
        if entity.iri is not None:
            self.people.append(entity)
            return entity
        words = fold(entity.label).split()
        for earlier in reversed(self.people if given and len(words) == 1 else []):
            if fold(earlier.label).split()[:1] == words:
                return earlier
        for earlier in reversed(self.people):
            earlier_words = fold(earlier.label).split()
            if earlier_words and words and set(words) <= set(earlier_words) and words[-1] == earlier_words[-1]:
                return earlier
        for earlier in reversed(self.people):
            # « l'ambassadeur Park » after « Park Ji-hoon »: a family name written first, as East Asian names are
            earlier_words = fold(earlier.label).split()
            if len(words) == 1 and len(earlier_words) == 2 and words[0] == earlier_words[0] and \
                    "-" in earlier_words[1]:
                return earlier
        for earlier in reversed(self.people):  # a full name after a shorter one (a lone surname stays pending)
            earlier_words = fold(earlier.label).split()
            if earlier.iri is None and len(earlier_words) > 1 and set(earlier_words) <= set(words):
                return earlier
        self.people.append(entity)
        return entity

    def _surnames_misread(self, mentions: list[Mention], doc: Doc) -> list[Mention]:
        """« Lors de leur rencontre à Ville, Nom, ..., et Autre ont convenu »: one word the NER read as a place, an
        organisation or a name of a thing, capitalised, that the reference data knows as no place, state, body or
        weapon (and that no trade noun, « la société Nom », nor « en » puts before), may be the surname of a person
        named in full before: as candidates, which `link` keeps only when it is one."""
        found: list[Mention] = []
        for ent in doc_words.ents(doc):
            word, before = ent[-1], doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if ent.label_ == "PER" or len(ent) != 1 or not word.is_alpha or not word.text[:1].isupper() or \
                    word.is_upper or fold(word.text) in self.gaz.one_word_names or before in _NOT_BEFORE or \
                    before in firm_nouns():
                continue
            # the mention there, if any, is the NER's own (a minted town or organisation), not the reference data's
            if all(m.entity.iri is None and m.how in {gz.CITY, "ner-org"} and (m.start, m.end) == (word.i, word.i + 1)
                   for m in mentions if m.start < word.i + 1 and word.i < m.end):
                found.append(Mention(word.i, word.i + 1, Entity("surname:" + word.text, word.text, "Person"),
                                     _SURNAME))
        return found

    def by_surname(self, word: str) -> Entity | None:
        """« le président Mabunda » after « Daniel Mabunda »: the person named before whose surname a lone word
        after a title is (the NER leaves it out)."""
        return next((p for p in reversed(self.people) if len(names := fold(p.label).split()) > 1
                     and names[-1] == fold(word)), None)

    def actor(self, mention: Mention) -> Entity:
        """The actor a mention names: a capital, demonym or body gives its state."""
        return mention.state if mention.state is not None else mention.entity

    def as_state(self, entity: Entity) -> Entity:
        """A person gives the state of their post when known; other actors are themselves."""
        if entity.cls != "Person":
            return entity
        state = self.person_state.get(entity.key)
        if state is None and entity.iri is not None:
            state = state_entity(self.gaz, self.gaz.usual_post_in.get(entity.iri))
        return state or entity

    def host_state(self, place: Entity) -> Entity | None:
        """The state a city lies in."""
        return None if place.iri is None else state_entity(self.gaz, self.gaz.in_state.get(place.iri))

    def home_state(self, entity: Entity) -> Entity | None:
        """The state a company is based in (reference data); a weapon system's is the one state its makers (of
        the reference data, or the article's for a minted one) are all based in."""
        if entity.cls == "WeaponSystem":  # a minted one: the makers the article names
            makers = self._makers_of(entity)
            homes = {self.gaz.home_state.get(m) for m in makers}
            return state_entity(self.gaz, homes.pop()) if len(homes) == 1 else None
        if entity.iri is None:
            return None
        return state_entity(self.gaz, self.gaz.home_state.get(entity.iri))

    def _makers_of(self, system: Entity) -> tuple[str, ...]:
        """A system's makers: the reference data's, else those the article names."""
        known = self.gaz.makers.get(system.iri, ()) if system.iri is not None else ()
        return known or gz.leading_makers(self.gaz.graph, system.makers)

    def makers(self, system: Entity) -> list[Entity]:
        """The companies that make a weapon system (reference data, or the article's for a minted one)."""
        makers = self._makers_of(system)
        return [reference_entity(self.gaz, m, gz.COMPANY) for m in makers]

    def multinational(self, entity: Entity) -> bool:
        """Whether a company makes its systems in several states (its home state need not be the seller's)."""
        return entity.iri is not None and entity.iri in self.gaz.multinational

    def seat(self, place: Entity) -> Entity:
        """Where talks « à l'Élysée » take place: the capital of the state a body stands for; « à Djibouti »,
        « au Koweït », a state whose capital bears its name (« Koweït City »): that capital; a city, or another
        state, is its own place."""
        if place.cls not in {"GovernmentBody", "State"}:
            return place
        capital = self.gaz.capital.get(self.gaz.state_of.get(place.key, ""))
        if capital is not None and place.cls == "State" and not _named_as(self.gaz.label.get(capital, ""), place):
            return place
        return place if capital is None else reference_entity(self.gaz, capital, gz.CAPITAL)

    def building(self, place: Entity) -> Entity | None:
        """The building a government body is named by (« au Kremlin », « à l'Élysée »; ontology/reference/
        buildings.ttl): a place of its own, where talks held « there » are held, beside its city."""
        if place.cls != "GovernmentBody" or place.iri is None:
            return None
        building = self.gaz.graph.value(None, KG.houses, URIRef(place.iri))
        if building is None:
            return None
        return Entity(str(building), french_label(self.gaz.graph, building, (SKOS.prefLabel,)), "Building",
                      str(building))

    def capital(self, state: Entity) -> Entity | None:
        """The capital of a state, when the reference data gives one."""
        capital = self.gaz.capital.get(state.key) if state.cls == "State" else None
        return None if capital is None else reference_entity(self.gaz, capital, gz.CAPITAL)

    def city_named(self, text: str | None) -> Entity | None:
        """The city a place name (a dispatch's dateline) spells, when the reference data knows it."""
        form = self.gaz.city_forms.get(fold(text)) if text else None
        return None if form is None else reference_entity(self.gaz, form.entity, form.how)

    def post_org(self, named: Mention) -> Entity:
        """The organisation a post is in, from the mention of its title's complement; a state's body named by a
        common noun (its government, a ministry, its army) gives the state."""
        if named.how == gz.BODY and named.state is not None and (
                named.entity.key.startswith(_GOVERNMENT) or named.entity.label[:1].islower()):
            # « chef d'état-major de l'armée nigériane », « porte-parole du ministère japonais », « de l'exécutif
            # américain »: a body a common noun names is the state's; a named agency (« le Mossad ») is its own
            return named.state
        if named.how in {gz.BODY, gz.ORGANISATION, gz.COMPANY, "ner-org"}:
            return named.entity
        return self.actor(named)

    def usual_org(self, person: Entity) -> Entity | None:
        """The state a known person usually holds their post in (reference data)."""
        return None if person.iri is None else state_entity(self.gaz, self.gaz.usual_post_in.get(person.iri))

    def holds_post(self, person: Entity, org: Entity, named: bool = True) -> None:
        """A person acts for the state of the post the article gives them first, unless that state was only guessed
        from the story (`named` false: « Pays : le ministre X reçu par ... ») and a later title names theirs (« le
        ministre tchadien X »)."""
        state = org if org.cls == "State" else state_entity(self.gaz, self.gaz.state_of.get(org.key))
        if state is None:
            return
        if person.key in self.person_state and not (named and person.key in self.guessed):
            return  # the state told first stays, unless it was only guessed and this one is named
        self.person_state[person.key] = state
        if named:
            self.guessed.discard(person.key)
        else:
            self.guessed.add(person.key)


def _named_as(capital: str, state: Entity) -> bool:
    """Whether a capital bears its state's name, with or without « City » or « -Ville » after it."""
    words = fold(capital).replace("-", " ").split()
    if words and words[-1] in {"city", "ville"}:
        words = words[:-1]
    return words == fold(state.label).replace("-", " ").split()
