"""The fact-kind registry: for each kind of fact, its class, its roles and their properties, which side gives
and which receives, when it is complete enough to be a node, and how it shows as a relation between actors.

rdf.py and the discourse stage loop over this table; adding a kind of fact starts here. No spaCy import:
`kg query` and `kg view` read it too."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from rdflib import URIRef

from kg.namespaces import KG


class Modality(Enum):
    """How an article holds a fact; `rank` orders them from the firmest (asserted) to the weakest (denied)."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    POSSIBLE = "possible"
    DENIED = "denied"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def at_least(self, other: Modality) -> Modality:
        """The weaker of two modalities (a conditional under a denial stays denied)."""
        return other if other.rank > self.rank else self


_RANK = {Modality.ASSERTED: 0, Modality.REPORTED: 1, Modality.POSSIBLE: 2, Modality.DENIED: 3}


@dataclass(frozen=True)
class RoleSpec:
    """An argument role and the property that links the fact node to its filler (None: not on the fact node)."""

    name: str
    prop: URIRef | None


@dataclass(frozen=True)
class AttributeSpec:
    """A literal the fact carries (support kind, venue status...); `lang` tags it as text of the article."""

    name: str
    prop: URIRef | None
    lang: str | None = None


@dataclass(frozen=True)
class RelationSpec:
    """How facts of a kind show as an edge between two actors in the views."""

    kind: str
    label: str  # "negotiates with"
    cls: URIRef
    source: URIRef  # property of the fact node that gives the source end
    target: URIRef
    symmetric: bool


@dataclass(frozen=True)
class FactKind:
    name: str
    cls: URIRef
    roles: tuple[RoleSpec, ...]
    attributes: tuple[AttributeSpec, ...] = ()  # the first one also enters the fact's IRI
    giver: str | None = None  # the side that gives (supplies, pays)
    receiver: str | None = None  # the side that receives
    sides: str | None = None  # the role that lists symmetric sides (participants, parties)
    needs: tuple[tuple[str, int], ...] = ()  # role -> how many fillers make the fact complete
    needs_amount: bool = False
    iri_prefix: str = ""
    relation: str | None = None  # label of the relation it shows as; None: no edge between actors
    directed: bool = False

    @property
    def prefix(self) -> str:
        return self.iri_prefix or self.name

    def role(self, name: str) -> RoleSpec:
        return next(r for r in self.roles if r.name == name)


_PLACE = RoleSpec("place", KG.place)
KINDS: dict[str, FactKind] = {kind.name: kind for kind in (
    FactKind("negotiation", KG.Negotiation,
             (RoleSpec("participant", KG.participant), RoleSpec("issue", KG.issue)),
             sides="participant", needs=(("participant", 2),), relation="negotiates with"),
    FactKind("agreement", KG.Agreement, (RoleSpec("party", KG.party),),
             (AttributeSpec("object", KG.object, "fr"),),
             sides="party", needs=(("party", 2),), relation="agrees with"),
    FactKind("support", KG.MilitarySupport,
             (RoleSpec("supporter", KG.supporter), RoleSpec("recipient", KG.recipient),
              RoleSpec("weapon", KG.weapon)),
             (AttributeSpec("support_kind", KG.supportKind),),
             giver="supporter", receiver="recipient", needs=(("supporter", 1), ("recipient", 1)),
             relation="supports", directed=True),
    FactKind("financing", KG.Financing, (RoleSpec("funder", KG.funder), RoleSpec("recipient", KG.recipient)),
             (AttributeSpec("financing_kind", KG.financingKind),),
             giver="funder", receiver="recipient", needs_amount=True, relation="finances", directed=True),
    FactKind("post", KG.PostHolding, (RoleSpec("holder", KG.holder), RoleSpec("org", None)),
             (AttributeSpec("post", None),), giver="holder", receiver="org", iri_prefix="holding"),
    FactKind("venue", KG.VenueClaim, (_PLACE,), (AttributeSpec("venue_status", KG.venueStatus),)),
)}
GIVERS = tuple(k.giver for k in KINDS.values() if k.giver is not None and k.relation is not None)

# A venue claim's status follows the modality of the sentence that names the venue.
VENUE_STATUS = {Modality.ASSERTED: "confirmed", Modality.REPORTED: "reported", Modality.POSSIBLE: "considered",
                Modality.DENIED: "rejected"}


def kind(name: str) -> FactKind:
    return KINDS[name]


def relation_specs() -> list[RelationSpec]:
    """Every kind that shows as an edge between two actors, for the views."""
    out: list[RelationSpec] = []
    for k in KINDS.values():
        if k.relation is None:
            continue
        source = k.giver if k.directed else k.sides
        target = k.receiver if k.directed else k.sides
        assert source is not None and target is not None
        src, dst = k.role(source).prop, k.role(target).prop
        assert src is not None and dst is not None
        out.append(RelationSpec(k.name, k.relation, k.cls, src, dst, not k.directed))
    return out


__all__ = ["KINDS", "AttributeSpec", "FactKind", "Modality", "RelationSpec", "RoleSpec", "kind",
           "relation_specs"]
