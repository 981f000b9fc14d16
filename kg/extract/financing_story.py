"""Financings across sentences: « X accorde 100 millions à Y. Parmi ce financement, 80 millions sont un prêt et
20 millions un don »: shares of a sum told just before are paid by and to the same sides. Records only, like
kg.extract.discourse."""

from __future__ import annotations

from kg.extract.story import Story
from kg.records import Fact


def share_of_financing(story: Story, fact: Fact) -> Fact:
    """A financing paid by and to no one, told in the sentence after a financing whose sum its sums fit in (each
    smaller, together no more, in its currency), takes that financing's funder and recipient."""
    if fact.kind != "financing" or fact.get("funder") or fact.get("recipient") or not fact.amounts:
        return fact
    whole = next((t for t in reversed(story.told) if t.fact.kind == "financing"), None)
    if whole is None or story.since(whole) != 1 or len(whole.fact.amounts) != 1 or \
            not (whole.fact.get("funder") or whole.fact.get("recipient")):
        return fact
    total = whole.fact.amounts[0]
    if any(a.currency != total.currency or a.value >= total.value for a in fact.amounts) or \
            sum(a.value for a in fact.amounts) > total.value:
        return fact
    return fact.with_roles("funder", whole.fact.get("funder")).with_roles("recipient", whole.fact.get("recipient"))
