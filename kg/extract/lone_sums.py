"""The sum of a deal told with one side or none: « Varsovie a annoncé la signature de contrats pour 460 millions
d'euros »: no agreement stands with fewer than two parties, but its sum is still a purchase of that worth, paid by
the state that buys (its one side, when a state) or to the firm that sells. Records only, at the end of the story
(kg.extract.discourse), for the deals no later sentence gave sides (kg.extract.deal_story)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.story import Story, Told


def purchases_of_lone_deals(story: Story) -> None:
    """Each deal left with fewer than two parties and a sum of its own is told as a purchase of that sum."""
    for lone in story.lone_deals:
        fact = lone.fact
        if not fact.amounts or lone.said_at is None or fact.kind != "agreement":
            continue
        sides = fact.get("party")
        paid = replace(fact, kind="financing", roles=(), amounts=fact.amounts[:1],
                       attrs=(("financing_kind", "purchase"),))
        if len(sides) == 1:
            paid = paid.with_roles("funder" if sides[0].cls == "State" else "recipient", sides)
        story.told.append(Told(paid, lone.said_at))
