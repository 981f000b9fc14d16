"""The states an article is about, read once the whole article is told: a story of talks is told between two
states, the ones its title pairs (« A et B : ... ») or, else, the two it places in the most sentences; a state
named in passing (a background war, a stop on a trip, a third party) is placed in fewer sentences than either."""

from __future__ import annotations

from collections import Counter

from kg.extract.story import Story
from kg.records import Entity


def placed_counts(story: Story) -> tuple[Counter[str], dict[str, Entity]]:
    """How many sentences place each state (by name, demonym or one of its cities), and the states by key."""
    counts: Counter[str] = Counter()
    found: dict[str, Entity] = {}
    for placed in story.placed:
        here = {s.key: s for s in placed if s.cls == "State"}
        counts.update(here.keys())
        found.update(here)
    return counts, found


def principal_partner(story: Story, state: Entity) -> Entity | None:
    """The state the article tells `state` talking with when a side is a person it never places: the other state
    of the title's pair, else the other of the two states placed in the most sentences, when those two lead
    every other state (the second in two sentences at least, more than the third); none otherwise."""
    pair = [s for s in story.pair if s.cls == "State"]
    if len(pair) == 2 and state.key in {s.key for s in pair}:
        return next(s for s in pair if s.key != state.key)
    counts, found = placed_counts(story)
    ranked = [key for key, _ in counts.most_common()]
    if len(ranked) < 2 or state.key not in ranked[:2]:
        return None
    other = next(key for key in ranked[:2] if key != state.key)
    third = counts[ranked[2]] if len(ranked) > 2 else 0
    return found[other] if counts[other] >= 2 and counts[other] > third and counts[state.key] > third else None
