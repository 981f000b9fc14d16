"""The worth of a gift: « Les États-Unis ont fait don de véhicules à X. Le lot compte ..., le tout d'une valeur de
8 millions »: with no deal told just before to price, the sum is a grant from the giver to the recipient of the
gift told just before, never an agreement. Records only, like kg.extract.discourse."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.story import Story, Told
from kg.records import Fact

GIFT = "gift"  # a support told by a word of a gift (gift-words.tsv: « don », « offrir »)


def grant_of_gift(story: Story, fact: Fact) -> Fact:
    """The worth of a deal told apart from its parties (« le tout d'une valeur de ... », « son montant atteint ... »)
    with no deal told in its sentence or the one before, right after a gift (told in this sentence, the one before,
    or the title just before), is a grant from the giver to the recipient of that gift."""
    if fact.kind == "financing" and fact.attr("financing_kind") == "grant" and fact.amounts and \
            not (fact.get("funder") or fact.get("recipient")):
        # « Ce don, d'une valeur de 8 millions, comprend ... »: the gift told before, by its giver to its recipient
        given, grant = _gift_before(story, near=True), fact
    elif fact.kind != "agreement" or not fact.attr("worth") or fact.get("party") or _deal_just_told(story):
        return fact
    else:
        given, grant = _gift_before(story), replace(fact, kind="financing", attrs=(("financing_kind", "grant"),))
    if given is None:
        return fact
    # each side the gift names alone (a recipient carried over from before is only a guess)
    supplier, recipient = given.fact.get("supporter"), [] if given.inherited else given.fact.get("recipient")
    return grant.with_roles("funder", supplier if len(supplier) == 1 else []) \
        .with_roles("recipient", recipient if len(recipient) == 1 else [])


def _gift_before(story: Story, near: bool = False) -> Told | None:
    """The latest handover told, if a gift told in this sentence or the one before (the title counts as just
    before the first two sentences); `near`: told close by (Story.near), or before a sentence naming no other state.
    """
    given = next((t for t in reversed(story.told) if t.fact.kind == "support"
                  and t.fact.attr("support_kind") not in {"produce", None}), None)
    if given is None or given.said_at is None or not given.fact.attr(GIFT):
        return None
    if near:  # further on, in a sentence that names no other state than the gift's sides
        sides = given.fact.keys("supporter") | given.fact.keys("recipient")
        return given if story.near(given) or story.named_now <= sides else None
    return given if story.since(given) <= 1 or (given.said_at == 0 and story.index <= 2) else None


def _deal_just_told(story: Story) -> bool:
    """A deal told in this sentence or the one before, whose worth a sum told apart from parties gives."""
    deal = story.last("agreement")
    return deal is not None and story.since(deal) <= 1
