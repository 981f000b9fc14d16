"""Where talks told with no place were held, as a sentence soon after tells it: « Le Premier ministre de A a reçu le
ministre de B. [...] Le ministre de B s'est dit honoré d'être en A »: the guest of one side, found staying in the
state of the other side right after the talks, was received there. Only a state (or a city of it) that is a side's,
a guest of the other side found there, told within a few sentences and before any other talks or place; read once
per article after the forward scenes (kg.extract.scenes); records only, no spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from kg.extract.scenes import remote
from kg.extract.story import FIRM, Told
from kg.records import Entity, Fact, SentenceClaims, venue

_REACH = 5  # sentences after the talks' last one (a paragraph of speech may come between)


def place_by_later_stays(told: Iterable[Told], sentences: list[SentenceClaims],
                         person_state: Mapping[str, Entity]) -> None:
    """Give face-to-face talks of two sides, told with no venue, the state (or city) where a sentence soon after
    finds a guest of one side staying in the other side's state (`person_state`: each person's state)."""
    index_at = {s.evidence.start: s.index for s in sentences}
    talks = [t for t in told if t.fact.kind == "negotiation"]
    said = sorted({index_at[e.start] for t in talks for e in t.fact.evidence if e.start in index_at})
    for item in talks:
        fact = item.fact
        at = [index_at[e.start] for e in fact.evidence if e.start in index_at]
        if fact.parts or not at or fact.modality not in FIRM or len(fact.keys("participant")) != 2 or remote(fact):
            continue
        stay = _stay_after(fact, max(at), sentences, said, person_state)
        if stay is not None:
            place, _state = stay
            attrs = (("visited", "state"),) if place.cls == "State" else ()
            item.fact = replace(fact, parts=(venue(place, fact.evidence[:1], fact.said, *attrs),))


def _stay_after(fact: Fact, last: int, sentences: list[SentenceClaims], said: list[int],
                person_state: Mapping[str, Entity]) -> tuple[Entity, Entity] | None:
    """The first place a sentence within reach after `last` finds someone at, when it lies in one side's state
    and those found there are of the other side; none when other talks or another place come first."""
    sides = fact.keys("participant")
    for sentence in [s for s in sentences if last < s.index <= last + _REACH]:
        if sentence.index in said:
            return None  # talks told again (or others): their own venue, if any, is theirs
        if not sentence.found_at:
            if sentence.places_told:
                return None  # another place told first: no longer the talks' scene
            continue
        place, state = sentence.found_at[0]
        guests = {person_state[k].key if k in person_state else k for k in sentence.found_by}
        if state.key in sides and guests and guests <= sides - {state.key}:
            return place, state
        return None
    return None
