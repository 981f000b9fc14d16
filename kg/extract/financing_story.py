"""Financings across sentences: « X accorde 100 millions à Y. Parmi ce financement, 80 millions sont un prêt et
20 millions un don »: shares of a sum told just before are paid by and to the same sides. Records only, like
kg.extract.discourse."""

from __future__ import annotations

from kg.extract.story import FIRM, Story, Told
from kg.records import Fact

LOAN = "loan"


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


def deal_of_loan(story: Story, fact: Fact) -> Fact | None:
    """« X a accordé un prêt de 2 milliards à Y », « X a octroyé un prêt afin que Y puisse acheter ... »: a loan told
    as granted, its lender and borrower named (two sides), is also a deal between the borrower and the lender, told
    the same way, for the loan's sum; a gift or aid binds no one to pay back and is no deal, nor a loan only asked for
    or possible. None when an agreement between the same two sides is told already (the deal the loan is of)."""
    if fact.kind != "financing" or fact.attr("financing_kind") != LOAN or fact.modality not in FIRM:
        return None
    sides = fact.get("recipient")[:1] + fact.get("funder")[:1]
    keys = {s.key for s in sides}
    if len(keys) != 2 or any(t.fact.kind == "agreement" and t.fact.keys("party") == keys for t in story.told):
        return None
    deal = Fact("agreement", fact.evidence, fact.said, amounts=fact.amounts[:1], attrs=(("object", "prêt"),))
    return deal.with_roles("party", sides)


def deals_of_loans(story: Story) -> None:
    """Once every side is settled, each loan granted between two sides (deal_of_loan) tells its deal, in the
    sentence that named the loan."""
    for told in [t for t in story.told if t.fact.kind == "financing"]:
        if (deal := deal_of_loan(story, told.fact)) is not None:
            story.told.append(Told(deal, told.said_at, first_at=told.first_at))
