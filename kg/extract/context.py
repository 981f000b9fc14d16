"""What fact builders may ask of the article being read (implemented by kg.extract.claims.ClaimReader)."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import SUBJECTS, Sentence, mention_root, predicate_of
from kg.records import Amount, Entity


class Context(Protocol):
    last_company: Entity | None  # the company named last (this sentence included)

    def actor(self, mention: Mention) -> Entity:
        """The actor a mention names: a capital, demonym or body gives its state."""

    def as_state(self, entity: Entity) -> Entity:
        """A person gives the state of their post when known; other actors are themselves."""

    def resolve(self, sentence: Sentence, token: Token) -> list[Entity]:
        """Actors a subject token names (mentions, pronouns, « son gouvernement »)."""

    def antecedent(self, sentence: Sentence, token: Token) -> list[Entity]:
        """The actor a pronoun or possessive (« sa visite ») stands for: the latest subject before it."""

    def home_state(self, entity: Entity) -> Entity | None:
        """The state a company is based in, when known; a weapon system's: the one state of its makers."""

    def makers(self, system: Entity) -> list[Entity]:
        """The companies that make a weapon system, when known."""

    def multinational(self, entity: Entity) -> bool:
        """Whether a company makes its systems in several states (a group with branches abroad)."""

    def lead_actor(self) -> Entity | None:
        """The state the article is about: the first state it gives as a subject."""

    def first_speaker(self) -> Entity | None:
        """The state of the first person the article names, once their post is known (« X s'entretient avec
        ses homologues »: the side of the talks it then tells one by one)."""

    def story_state(self) -> Entity | None:
        """The state the story is set in (its headline's « X : »), else the lead actor."""

    def headline_city(self) -> Entity | None:
        """The city the headline has someone visit (« lors de la visite de X à Lima »)."""

    def headline_beneficiary(self) -> Entity | None:
        """The state the headline says things are for (« Remise de matériel au profit des forces armées X »)."""

    def story_client(self, sentence: Sentence, winner: Entity) -> Entity | None:
        """The client of an arms contract a company wins from no one said: the state the story is about (its
        headline's « X : », else its first state subject) when the article names no other state than it and the
        winner's."""

    def host_state(self, place: Entity) -> Entity | None:
        """The state a city lies in (the host of a visit)."""

    def seat(self, place: Entity) -> Entity:
        """The city of a place of talks: a government body gives the capital of its state."""

    def building(self, place: Entity) -> Entity | None:
        """The building a government body is named by (« au Kremlin »), a place of talks beside its city."""

    def capital(self, state: Entity) -> Entity | None:
        """The capital of a state (« la capitale chilienne »), when known."""

    def titled(self, token: Token) -> bool:
        """A word of a post's title (« président », « ministre », « roi »)."""

    def titled_plural(self, token: Token) -> bool:
        """A word of a post's title in the plural (« les ministres », « les généraux »)."""

    def recent_places(self, sentence: Sentence) -> list[Entity]:
        """The cities one of the two sentences before places someone or some talks in (kg.extract.venues)."""

    def event_place(self, event: Token) -> Entity | None:
        """The city the article placed an event in before (« le sommet s'est ouvert à X »), for talks it frames
        later (kg.extract.event_places)."""

    def recent_trip(self, sentence: Sentence) -> tuple[Entity, Entity, Entity] | None:
        """The trip one of the two sentences before told (kg.extract.trip_told): traveller's state, host state, city."""

    def filed_from(self, lede: bool = False) -> Entity | None:
        """The state of the city a dispatch is filed from (« ALGER, 24 juin (Agence) - »), when known; `lede`: also
        an undated one the lede opens with (« JAKARTA - Le ministre ... »)."""

    def paired_with(self, state: Entity) -> Entity | None:
        """The one state the article names together with `state` (« A et B », kg.extract.paired)."""

    def headline_sums(self) -> tuple[Amount, ...]:
        """The sums of money the headline gives (« Chiffre du jour : 110 Md$ »)."""


def states(ctx: Context, entities: list[Entity]) -> list[Entity]:
    """Actors as the states they act for; a person whose state is unknown stays a person, unless two states
    are already named (then the person adds nothing but noise to the sides of a fact)."""
    out: list[Entity] = []
    for entity in entities:
        state = ctx.as_state(entity)
        if all(state.key != e.key for e in out):
            out.append(state)
    if sum(e.cls == "State" for e in out) >= 2:
        out = [e for e in out if e.cls != "Person"]
    return out


_COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}


def group_size(token: Token) -> int:
    """« les deux camps » 2, « les trois ministres » 3: how many sides a noun of sides names with its count
    (0: none)."""
    nouns = word_list("pair-nouns.tsv")
    if token.lemma_.lower() not in nouns and token.lower_.removesuffix("s") not in nouns:
        return 0  # « les deux parties », which the lemmatiser may take for « parti »
    return next((_COUNTS[c.lower_] for c in token.children if c.dep_ in {"nummod", "det", "amod"}
                 and c.lower_ in _COUNTS), 0)


def is_pair_reference(token: Token) -> bool:
    """« les deux camps », « les trois pays »: the sides of the talks under way."""
    return group_size(token) > 0


def _of_pair(token: Token, depth: int = 2) -> int:
    """« les deux pays », « les chefs des forces aériennes des deux pays »: the pair, or a body of it."""
    return group_size(token) or (max((_of_pair(c, depth - 1) for c in token.children if c.dep_ == "nmod"),
                                     default=0) if depth > 0 else 0)


def pair_in(sentence: Sentence, trigger: Token) -> int:
    """« les deux camps se sont accordés », « la rencontre entre les chefs des armées des deux pays », « Lors
    d'une rencontre, les ministres des deux pays ont ... », « les trois ministres se sont réunis »: the group of
    sides, or a body of it that is the subject of the clause of the talks or a complement of the talks noun; its
    count (0: none)."""
    predicate = trigger if trigger.pos_ == "VERB" else trigger.head
    verbs = {predicate, predicate_of(trigger)}
    return max([group_size(t) for t in [*predicate.children, *trigger.children]]
               + [_of_pair(t) for v in verbs for t in v.children if t.dep_ in SUBJECTS]
               + [_of_pair(t) for t in trigger.children if t.dep_ == "nmod"], default=0)


def person_of_pair(sentence: Sentence, sides: list[Entity]) -> list[Entity]:
    """« la réception du roi X par le président américain, l'occasion de saluer le partenariat entre les
    États-Unis et la Jordanie »: a person of no known state facing one state stands for the state the sentence
    pairs with that one (« entre A et B », « A et B »); a state named alone (an issue, a third party) is not."""
    people = [s for s in sides if s.cls == "Person"]
    known = [s for s in sides if s.cls == "State"]
    if len(people) != 1 or len(known) != 1:
        return sides
    named = {mention_root(sentence, m).i: m.state for m in sentence.mentions if m.how in {gz.NAME, gz.DEMONYM}
             and m.state is not None and m.state.cls == "State"}
    other: dict[str, Entity] = {}
    for i, state in named.items():
        token = sentence.doc[i]
        partners = [c.i for c in token.children if c.dep_ == "conj"] + ([token.head.i] if token.dep_ == "conj" else [])
        if state.key == known[0].key:
            other.update({p.key: p for j in partners if (p := named.get(j)) is not None and p.key != state.key})
    return known + list(other.values()) if len(other) == 1 else sides
