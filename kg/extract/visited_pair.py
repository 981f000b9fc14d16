"""« Cette visite a pour but de renforcer la coopération entre les deux pays »: talks told by « les deux ... », held in
a state named as the place itself (« en visite en X »), with no talks named before, are between that state and
another; a pair recalled from earlier that leaves the visited state out is not their sides."""

from __future__ import annotations

from collections.abc import Sequence

from kg.records import Entity, Fact


def leaves_out_visited(fact: Fact, pair: Sequence[Entity]) -> bool:
    """Whether the fact is placed in a state (the place itself a state) that the pair does not hold."""
    visited = {e.key for p in fact.parts for e in p.get("place") if e.cls == "State"}
    return bool(visited) and not visited & {e.key for e in pair}
