"""The worth of a gift: « Les États-Unis ont fait don de véhicules à X. Le lot compte ..., le tout d'une valeur de
8 millions »: with no deal told just before to price, the sum is a grant from the giver to the recipient of the
gift told just before, never an agreement. Records only, like kg.extract.discourse."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.story import Story, Told
from kg.records import Fact

GIFT = "gift"  # a support told by a word of a gift (gift-words.tsv: « don », « offrir »)
# a support told by a word of handing over (handover-words.tsv: « remettre »), the value of its GIFT attribute; on an
# agreement, the price of what such a verb hands over (kg.extract.agreement_worth)
HANDED = "handed"
_CONTRACT = "contract"  # the kind of a deal told by a contract's noun (deal-kinds.tsv: « contrat », « commande »)


def grant_of_gift(story: Story, fact: Fact) -> Fact:
    """The worth of a deal told apart from its parties (« le tout d'une valeur de ... », « son montant atteint ... »)
    with no deal told in its sentence or the one before, right after a gift (told in this sentence, the one before,
    or the title just before), is a grant from the giver to the recipient of that gift."""
    if fact.kind == "agreement" and fact.attr(HANDED):
        # « X a remis à Y deux patrouilleurs, d'une valeur de ... »: priced as a deal only when the text told one
        fact = replace(fact, attrs=tuple(a for a in fact.attrs if a[0] != HANDED))
        given = _gift_before(story, now=True)
        if given is None or fact.get("party"):
            return fact
        grant = replace(fact, kind="financing", attrs=(("financing_kind", "grant"),))
    elif fact.kind == "financing" and fact.attr("financing_kind") == "grant" and fact.amounts and \
            not (fact.get("funder") or fact.get("recipient")):
        # « Ce don, d'une valeur de 8 millions, comprend ... »: the gift told before, by its giver to its recipient
        given, grant = _gift_before(story, near=True), fact
    elif fact.kind != "agreement" or not fact.attr("worth") or fact.get("party") or _deal_just_told(story):
        return fact
    else:
        # « X a offert deux hélicoptères à Y. La remise a eu lieu ... Deux appareils ... Le tout d'une valeur de N »:
        # a gift told a few sentences before, with no deal told since, is what the whole is worth
        given = _gift_before(story) or (_gift_before(story, near=True) if not _deal_since_gift(story) else None)
        grant = replace(fact, kind="financing", attrs=(("financing_kind", "grant"),))
    if given is None:
        return fact
    # each side the gift names alone (a recipient carried over from before is only a guess)
    supplier, recipient = given.fact.get("supporter"), [] if given.inherited else given.fact.get("recipient")
    return grant.with_roles("funder", supplier if len(supplier) == 1 else []) \
        .with_roles("recipient", recipient if len(recipient) == 1 else [])


def _gift_before(story: Story, near: bool = False, now: bool = False) -> Told | None:
    """The latest handover told, if a gift told in this sentence or the one before (the title counts as just
    before the first two sentences); `near`: told close by (Story.near), or before a sentence naming no other state;
    `now`: told in this sentence. A handover (« remettre ») counts as a gift only where no contract was told before it
    (« Le contrat a été signé en 2021. X a remis à Y ... » hands over what was sold); a partnership is none."""
    given = next((t for t in reversed(story.told) if t.fact.kind == "support"
                  and t.fact.attr("support_kind") not in {"produce", None}), None)
    if given is None or given.said_at is None or not given.fact.attr(GIFT):
        return None
    if given.fact.attr(GIFT) == HANDED and any(t.fact.kind == "agreement" and t.fact.attr("terms") == _CONTRACT
                                               for t in [*story.told, *story.lone_deals]):
        return None
    if now:
        return given if story.since(given) == 0 else None
    if near:  # further on, in a sentence that names no other state than the gift's sides
        sides = given.fact.keys("supporter") | given.fact.keys("recipient")
        return given if story.near(given) or story.named_now <= sides else None
    return given if story.since(given) <= 1 or (given.said_at == 0 and story.index <= 2) else None


def _deal_since_gift(story: Story) -> bool:
    """A deal told since the latest handover (or no handover told)."""
    given = next((t for t in reversed(story.told) if t.fact.kind == "support"), None)
    deal = story.last("agreement")
    return given is None or (deal is not None and deal.said_at is not None and given.said_at is not None
                             and deal.said_at >= given.said_at)


def _deal_just_told(story: Story) -> bool:
    """A deal told in this sentence or the one before, whose worth a sum told apart from parties gives."""
    deal = story.last("agreement")
    return deal is not None and story.since(deal) <= 1
