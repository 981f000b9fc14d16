"""The states an article names only where it tells them supplying some system (« ... et des Tetras de la France »),
or tells only receiving or buying (« ... commandés par le gouvernement français »): a multinational group's sale is
then not theirs (kg.extract.story.Story.firm_unnamed_state). Records only."""

from __future__ import annotations

from kg.kinds import Modality
from kg.records import Claim, SentenceClaims

_FIRM = {Modality.ASSERTED, Modality.REPORTED}


def suppliers_only(sentences: list[SentenceClaims]) -> dict[str, frozenset[str]]:
    """The states that every sentence naming them tells supplying some system, each with those systems."""
    found: dict[str, set[str]] = {}
    elsewhere: set[str] = set()
    for sentence in sentences:
        supplying: dict[str, set[str]] = {}
        for claim in sentence.claims:
            fact = claim.fact
            if fact.kind == "support" and fact.get("recipient") and fact.get("weapon") and fact.modality in _FIRM:
                for key in fact.keys("supporter"):
                    supplying.setdefault(key, set()).update(fact.keys("weapon"))
        for key in sentence.actor_states:
            if key in supplying:
                found.setdefault(key, set()).update(supplying[key])
            else:
                elsewhere.add(key)
    return {k: frozenset(v) for k, v in found.items() if k not in elsewhere}


def buyers_only(sentences: list[SentenceClaims]) -> frozenset[str]:
    """The states some sentence tells receiving systems or buying, and none tells in another part (a supplier said,
    a funder, a side of talks or of a deal between states); standing for a maker that sells, where the supplier is
    the makers' state, is no part."""
    buying: set[str] = set()
    acting: set[str] = set()
    for claim in (c for s in sentences for c in s.claims):
        for role, entity in claim.fact.roles:
            if _buys(claim, role, entity.key):
                buying.add(entity.key)
            elif not (claim.fact.kind == "support" and role == "supporter"
                      and (claim.guessed_supplier or claim.maker_state)):
                acting.add(entity.key)
    return frozenset(buying - acting)


def _buys(claim: Claim, role: str, key: str) -> bool:
    """« X a reçu dix W », « X a commandé dix W », « X a commandé à <maker> »: the recipient of a supply, a buyer for
    itself, a party to a deal with firms only."""
    fact, kind = claim.fact, claim.fact.attr("support_kind")
    return (fact.kind == "support" and (role == "recipient" or (role == "supporter" and kind == "buy-for"))) or (
        fact.kind == "agreement" and role == "party" and all(p.cls == "Company" for p in fact.get("party")
                                                             if p.key != key))
