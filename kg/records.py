"""The records stages pass to each other: plain frozen dataclasses, never spaCy objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

ASSERTED, REPORTED, POSSIBLE, DENIED = "asserted", "reported", "possible", "denied"
MODALITIES = (ASSERTED, REPORTED, POSSIBLE, DENIED)


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


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str
    approximate: bool = False
    text: str = ""


@dataclass(frozen=True)
class Modality:
    value: str = ASSERTED
    source: Entity | None = None
    source_text: str | None = None


@dataclass
class Fact:
    """One n-ary fact read from a sentence. `roles` maps a role name (supporter, party...) to entities."""

    kind: str  # negotiation, agreement, support, financing, post, venue
    evidence: list[Evidence]
    modality: Modality
    roles: dict[str, list[Entity]] = field(default_factory=dict)
    amounts: list[Amount] = field(default_factory=list)
    start: dt.date | str | None = None
    end: dt.date | str | None = None
    detail: str | None = None  # support kind, financing kind, venue status, post label...
    parts: list[Fact] = field(default_factory=list)  # venue claims of a negotiation

    def add(self, role: str, entity: Entity) -> None:
        bucket = self.roles.setdefault(role, [])
        if all(e.key != entity.key for e in bucket):
            bucket.append(entity)

    def first(self, role: str) -> Entity | None:
        found = self.roles.get(role)
        return found[0] if found else None


@dataclass
class ArticleGraph:
    """What the extractor found in one article."""

    article_id: str
    mentions: dict[str, Entity] = field(default_factory=dict)  # key -> entity mentioned in the text
    facts: list[Fact] = field(default_factory=list)
