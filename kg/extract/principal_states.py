"""The state an article tells talking with another, read once the whole article is told: a story of talks is told
between two states, the ones its title or lede pairs (« A et B : ... »), else the one state the article names
together with the other (« entre A et B », « les liens A-B », kg.extract.paired) and places in two sentences at
least; a state named in passing (a background war, a stop on a trip, a third party) is never paired so."""

from __future__ import annotations

from kg.extract.paired import paired_with
from kg.extract.story import Story
from kg.records import Entity


def principal_partner(story: Story, state: Entity) -> Entity | None:
    """The state the article tells `state` talking with when a side is a person it never places: the other state
    of the title's pair, else the one state the article pairs with `state`, placed in two sentences at least."""
    pair = [s for s in story.pair if s.cls == "State"]
    if len(pair) == 2 and state.key in {s.key for s in pair}:
        return next(s for s in pair if s.key != state.key)
    other = paired_with(list(story.pairs), state)
    if other is None or other.cls != "State":
        return None
    placed = sum(any(s.key == other.key for s in here) for here in story.placed)
    return other if placed >= 2 else None
