"""Sellers a supply's sentence leaves unsaid, found in what the article told before: the one told selling that
system to no one yet (« La France exporte le Rafale ... la Grèce recevra 12 Rafale »), a maker's sale taken up by a
passive purchase, the other state of an agreement told in the same sentence. Records only, like kg.extract.discourse."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.lexicon import reach
from kg.extract.story import Story
from kg.kinds import Modality
from kg.records import Fact

SELLING = {"sell", "deliver"}
UNSURE = {Modality.POSSIBLE, Modality.DENIED}  # a transfer told as no fact: no anchor for a later one's sides


def supplier_named_before(story: Story, fact: Fact) -> Fact:
    """« La France exporte le Rafale ... la Grèce recevra 12 Rafale »: a supply of a system with no supplier
    named comes from the one who was told selling that very system to no one named yet."""
    if fact.kind != "support" or fact.get("supporter") or not fact.get("recipient") or not fact.get("weapon"):
        return fact
    for told in reversed(story.told):
        other = told.fact
        if other.kind == "support" and other.get("supporter") and not other.get("recipient") \
                and other.attr("support_kind") in SELLING and other.keys("weapon") & fact.keys("weapon") \
                and {other.modality, fact.modality} <= {Modality.ASSERTED, Modality.REPORTED}:
            return fact.with_roles("supporter", other.get("supporter"))
    return fact


def bought_from_seller_before(story: Story, fact: Fact) -> Fact:
    """« <maker> a vendu six avions W. Ces appareils ont été achetés par X »: a purchase for oneself of a system
    the article told sold to no one named yet, close by, is that sale, to the buyer."""
    buyers = fact.get("supporter")
    if fact.kind != "support" or fact.attr("support_kind") != "buy-for" or fact.get("recipient") \
            or not fact.get("weapon") or len(buyers) != 1:
        return fact
    for told in reversed(story.told):
        other = told.fact
        if other.kind == "support" and other.get("supporter") and not other.get("recipient") \
                and other.attr("support_kind") == "sell" and other.keys("weapon") & fact.keys("weapon") \
                and told.said_at is not None and story.index - told.said_at <= reach("recipient") \
                and buyers[0].key not in other.keys("supporter") \
                and {other.modality, fact.modality} <= {Modality.ASSERTED, Modality.REPORTED}:
            return replace(fact, roles=tuple((r, e) for r, e in fact.roles if r != "supporter")) \
                .with_roles("supporter", other.get("supporter")).with_roles("recipient", buyers) \
                .with_attr("support_kind", "sell")
    return fact


def sold_in_deal(story: Story, fact: Fact) -> Fact:
    """« X a signé un accord (avec Y) pour acquérir des avions »: a purchase of a system for oneself, told in the
    sentence of an agreement between the buyer and one other state, is bought from that state; « X a signé un
    contrat (avec Y) pour 20 avions », « un accord portant sur la livraison de blindés à l'armée de X »: a supply
    to X with no supplier named is sold by Y."""
    buyers = fact.get("supporter")
    if not buyers and len(fact.get("recipient")) == 1 and (fact.get("weapon") or fact.attr("support_kind") in SELLING):
        buyers = fact.get("recipient")
        if any(t.said_at == story.index and t.fact.kind == "support" and buyers[0].key in t.fact.keys("supporter")
               for t in story.told):
            return fact  # « une commande passée auprès de X, avec une livraison prévue »: X sells, it receives nothing
    elif fact.attr("support_kind") != "buy-for" or fact.get("recipient") or not fact.get("weapon") \
            or len(buyers) != 1 or story.made_at_home(fact, buyers[0]):
        return fact
    for told in reversed(story.told):  # the maker that signs beside its state is no other seller
        parties = [p for p in told.fact.get("party") if p.cls == "State"]
        if told.said_at != story.index or told.fact.kind != "agreement" or len(parties) != 2 \
                or buyers[0].key not in told.fact.keys("party"):
            continue
        sellers = [p for p in parties if p.key != buyers[0].key and p.cls == "State"]
        if sellers:
            return replace(fact, roles=tuple((r, e) for r, e in fact.roles if r not in {"supporter", "recipient"})) \
                .with_roles("supporter", sellers).with_roles("recipient", buyers).with_attr("support_kind", "sell")
    return fact


def sides_of_deal(story: Story, fact: Fact) -> Fact:
    """« Un contrat a été signé entre X et Y, portant sur la livraison de ces drones »: a supply of systems that
    names neither side, told in the sentence of the one agreement between two parties, is between them, the way
    round of the one supply between them told as a fact before."""
    if fact.kind != "support" or fact.get("supporter") or fact.get("recipient") or not fact.get("weapon"):
        return fact
    deals = [t.fact for t in story.told if t.said_at == story.index and t.fact.kind == "agreement"]
    if len(deals) != 1 or len(parties := deals[0].keys("party")) != 2:
        return fact
    before = [t.fact for t in story.told if t.fact.kind == "support" and t.said_at is not None
              and t.said_at < story.index and t.fact.modality not in UNSURE and len(t.fact.get("supporter")) == 1
              and len(t.fact.get("recipient")) == 1 and t.fact.keys("supporter") | t.fact.keys("recipient") == parties]
    if len({(f.keys("supporter"), f.keys("recipient")) for f in before}) != 1:
        return fact
    supply = before[-1]
    return fact.with_roles("supporter", supply.get("supporter")).with_roles("recipient", supply.get("recipient"))
