"""The state an article tells talking with another, read once the whole article is told: a story of talks is told
between two states, the ones its title or lede pairs (« A et B : ... »), else the one state the article names
together with the other (« entre A et B », « les liens A-B », kg.extract.paired), when that state is also the one
the article places in the most sentences after the other; a state named in passing (a background war, the next
stop of a trip, a third party) is placed less often."""

from __future__ import annotations

from collections import Counter

from kg.extract.paired import paired_with
from kg.extract.story import Story
from kg.records import Entity


def principal_partner(story: Story, state: Entity) -> Entity | None:
    """The state the article tells `state` talking with when a side is a person it never places: the other state
    of the title's pair, else the one state the article pairs with `state`; placed in two sentences at least and
    in as many as any state but `state`."""
    pair = [s for s in story.pair if s.cls == "State"]
    if len(pair) == 2 and state.key in {s.key for s in pair}:
        other: Entity | None = next(s for s in pair if s.key != state.key)
    else:
        other = paired_with(list(story.pairs), state)
    if other is None or other.cls != "State":
        return None
    counts = Counter(key for here in story.placed for key in {s.key for s in here if s.cls == "State"})
    most = max((count for key, count in counts.items() if key != state.key), default=0)
    return other if counts[other.key] >= 2 and counts[other.key] == most else None
