"""The sum of a deal told with one side or none: « Varsovie a annoncé la signature de contrats pour 460 millions
d'euros »: no agreement stands with fewer than two parties, but its sum is still a purchase of that worth, paid by
the state that buys (its one side, when a state). Records only, at the end of the story
(kg.extract.discourse), for the deals no later sentence gave sides (kg.extract.deal_story)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from kg.extract.story import Story, Told


def purchases_of_lone_deals(story: Story, military: Collection[int]) -> None:
    """Each deal left with fewer than two parties and a sum of its own, told where arms are spoken of (the indices
    `military`), is told as a purchase of that sum; a firm alone may buy or sell: it takes no side."""
    for lone in story.lone_deals:
        fact = lone.fact
        if not fact.amounts or lone.said_at not in military or fact.kind != "agreement":
            continue
        sides = fact.get("party")
        paid = replace(fact, kind="financing", roles=(), amounts=fact.amounts[:1],
                       attrs=(("financing_kind", "purchase"),))
        if len(sides) == 1 and sides[0].cls == "State":
            paid = paid.with_roles("funder", sides)
        story.told.append(Told(paid, lone.said_at))
