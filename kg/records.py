"""The records stages pass to each other: frozen dataclasses, never spaCy objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kg.kinds import VENUE_STATUS, Modality


@dataclass(frozen=True)
class Evidence:
    """Where a fact is said: the article, the sentence and its character span in the article text."""

    article: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """A canonical entity: `iri` for reference entities, else a stable `key` from which rdf.py mints an IRI."""

    key: str
    label: str
    cls: str  # State, Person, Organisation, Company, City, Place, WeaponSystem, ...
    iri: str | None = None
    kind: str | None = None  # a minted weapon system's type (a kg:WeaponType of the reference data)
    makers: tuple[str, ...] = ()  # the makers the article names of a system (beside the reference data's own)


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str
    approximate: bool = False
    text: str = ""
    equivalent: Amount | None = None  # « 12 milliards de couronnes (1 milliard d'euros) »: the conversion


@dataclass(frozen=True)
class Attribution:
    """How a sentence holds a claim, and who it gives it to (« selon Reuters »)."""

    modality: Modality = Modality.ASSERTED
    source: Entity | None = None
    source_text: str | None = None


@dataclass(frozen=True)
class Fact:
    """One n-ary fact. `roles` pairs a role of its kind (kg.kinds) with an entity, in reading order; `attrs`
    pairs an attribute of its kind (support kind, venue status, post...) with its value."""

    kind: str
    evidence: tuple[Evidence, ...]
    said: Attribution = Attribution()
    roles: tuple[tuple[str, Entity], ...] = ()
    amounts: tuple[Amount, ...] = ()
    start: dt.date | str | None = None
    end: dt.date | str | None = None
    attrs: tuple[tuple[str, str], ...] = ()
    parts: tuple[Fact, ...] = ()  # venue claims of a negotiation

    @property
    def modality(self) -> Modality:
        return self.said.modality

    def get(self, role: str) -> list[Entity]:
        return [e for r, e in self.roles if r == role]

    def keys(self, role: str) -> frozenset[str]:
        return frozenset(e.key for r, e in self.roles if r == role)

    def first(self, role: str) -> Entity | None:
        return next((e for r, e in self.roles if r == role), None)

    def attr(self, name: str) -> str | None:
        return next((v for n, v in self.attrs if n == name), None)

    def with_roles(self, role: str, entities: list[Entity]) -> Fact:
        """This fact with more fillers of a role (an entity already in the role is not added twice)."""
        roles = list(self.roles)
        for entity in entities:
            if all(not (r == role and e.key == entity.key) for r, e in roles):
                roles.append((role, entity))
        return self if len(roles) == len(self.roles) else replace(self, roles=tuple(roles))

    def with_attr(self, name: str, value: str | None) -> Fact:
        kept = tuple((n, v) for n, v in self.attrs if n != name)
        return replace(self, attrs=kept if value is None else (*kept, (name, value)))

    def with_evidence(self, more: tuple[Evidence, ...]) -> Fact:
        return replace(self, evidence=self.evidence + tuple(e for e in more if e not in self.evidence))


@dataclass(frozen=True)
class Claim:
    """What one sentence says about one fact, with the cues the discourse stage reads to tie it to others."""

    fact: Fact
    pair_reference: int = 0  # « les deux camps » (2), « les trois pays » (3): the sides of the talks under way
    definite: bool = False  # « cet accord », « le contrat »: the one named before
    several: bool = False  # « ces contrats »: a definite plural, the several deals just told
    guessed_supplier: bool = False  # the supplier is where the systems come from, not a side the sentence names
    maker_state: bool = False  # the supplier is the home state of a multinational maker that sells, or of a maker
    # that sells no named system nor matériel: it stands only where the article names that state
    seller_firm: Entity | None = None  # the multinational maker that sells systems: the supplier in its state's
    # stead where the article never names that state
    system_maker: Entity | None = None  # the one maker of the systems a one-sided deal is for: its other party
    # when the story gives it none (« X a commandé 42 avions W »); of those a supply guessed from them is of
    maker_home: Entity | None = None  # that maker's one home state: the party in its stead where the article
    # never names the maker but names its state (a side no sentence names is no side)
    system_makers: tuple[Entity, ...] = ()  # the makers of the systems of a supply with no supplier said: the one
    # named close by delivers them
    deal_talks: bool = False  # talks with no side of their own about more of a deal: between the deal's parties
    one_of: bool = False  # talks of one pair among several met one by one: apart from the group's, held where it is
    apart: bool = False  # the sides of talks met one by one only: no talks of all of them together


@dataclass(frozen=True)
class SentenceClaims:
    """Everything the discourse stage needs of one sentence: its claims and the entities it names."""

    index: int  # position in the article
    paragraph: int
    evidence: Evidence
    claims: tuple[Claim, ...] = ()
    posts: tuple[Fact, ...] = ()
    weapons: tuple[Entity, ...] = ()  # systems it names
    weapon_anaphor: bool = False  # « les appareils », « ces systèmes »: systems named before
    recalls_systems: bool = False  # « ces navires W »: W is the system the article spoke of before
    names_goods: bool = False  # « il s'agit de W »: W names the goods of the supply just told
    issues: tuple[Entity, ...] = ()  # issues at stake it names
    actor_states: frozenset[str] = frozenset()  # keys of the states its mentions stand for
    maker_states: frozenset[str] = frozenset()  # keys of the home states of the makers it names (not multinational)
    makers: frozenset[str] = frozenset()  # keys of the makers it names
    weapon_homes: tuple[tuple[str, str], ...] = ()  # the systems it names, each with the one state their makers are in
    firm_homes: tuple[tuple[Entity, Entity], ...] = ()  # the firms it names, each with the state it is based in
    named_states: tuple[Entity, ...] = ()  # the states it names by name or demonym, in reading order
    placed_states: tuple[Entity, ...] = ()  # those and the states of the cities it names, in reading order
    # the places (cities, states) it puts someone or something in, hung on a verb, each with the key of its state
    places_told: tuple[tuple[str, str], ...] = ()
    # the places it finds someone at (« le ministre est à Lima », « il s'est rendu à Lima »), each with its state
    found_at: tuple[tuple[Entity, Entity], ...] = ()
    found_by: frozenset[str] = frozenset()  # the keys of the states or persons it finds there (kg.extract.stayers)
    military: bool = True  # it or one of the few before it speaks of arms, armies or defence
    shares: tuple[Entity, ...] = ()  # the states it counts a batch out to (« 13 au Niger, 7 au Tchad »)
    shares_said: Attribution | None = None  # how it holds that share-out
    share_strangers: frozenset[str] = frozenset()  # the other states it names, but as recipients


@dataclass
class ArticleFacts:
    """What the extractor found in one article: the entities it mentions and its facts."""

    article_id: str
    mentions: dict[str, Entity] = field(default_factory=dict)  # key -> entity mentioned in the text
    facts: list[Fact] = field(default_factory=list)
    # lone surnames the article does not tie to a full name (« Dupont »): kept out of the graph unless the corpus
    # stage (kg.identity) finds the one full name they stand for in another article
    pending: dict[str, Entity] = field(default_factory=dict)


def venue(place: Entity, evidence: tuple[Evidence, ...], said: Attribution, *attrs: tuple[str, str]) -> Fact:
    """Where talks are held: a venue part of a negotiation, its status following the modality of the sentence that
    names it."""
    return Fact("venue", evidence, said, (("place", place),),
                attrs=(("venue_status", VENUE_STATUS[said.modality]), *attrs))
