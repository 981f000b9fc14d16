"""Where the article's scene is: talks told with no place of their own are held where the talks told before them,
with one side in common, were held, while no other place is told in between (« Le sommet s'est tenu à V. X s'y est
entretenu avec Y. ... Il a ensuite rencontré Z »). Read once per article over the talks it tells, in telling order;
records only, no spaCy."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache

from kg.extract.lexicon import word_list
from kg.extract.story import FIRM, Told
from kg.records import Entity, Fact, SentenceClaims, venue

_HELD = {"confirmed", "reported"}  # venue statuses of talks held there (not a place only considered)


@cache
def _remote_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of remote-talk-words.tsv, and its stems (« téléphon* »)."""
    listed = word_list("remote-talk-words.tsv")
    return frozenset(w for w in listed if not w.endswith("*")), tuple(w[:-1] for w in listed if w.endswith("*"))


def remote(fact: Fact) -> bool:
    """A call, a videoconference: talks no place holds."""
    words, stems = _remote_words()
    return any(word in words or word.startswith(stems)
               for e in fact.evidence for word in re.findall(r"\w+", e.sentence.lower()))


@dataclass
class _Scene:
    """Where talks were last held, or someone last found: its places (each with the attributes of its venue), the
    sentence that last told them, the sides (or the state of the place) talks must share, and the date."""

    places: tuple[tuple[Entity, tuple[tuple[str, str], ...]], ...]
    at: int
    sides: frozenset[str]
    keys: frozenset[str]  # the places' keys and their states'
    start: dt.date | str | None = None


def _sentences_of(fact: Fact, index_at: dict[int, int]) -> list[int]:
    return sorted(index_at[e.start] for e in fact.evidence if e.start in index_at)


def _moved(sentences: list[SentenceClaims], scene: _Scene, until: int, state_of: dict[str, str]) -> bool:
    """A place other than the scene's told after it (another city, another state): the scene has ended."""
    return any(key not in scene.keys and state_of.get(key, key) not in scene.keys
               for s in sentences[scene.at + 1:until + 1] for key, _state in s.places_told)


def _same_time(a: dt.date | str | None, b: dt.date | str | None) -> bool:
    """Two dates of talks that may be one stay: unknown, or at most a few days apart."""
    if not isinstance(a, dt.date) or not isinstance(b, dt.date):
        return True
    return abs((a - b).days) <= 3


def _talks_scene(fact: Fact, at: int, state_of: dict[str, str]) -> _Scene | None:
    """Talks held face to face at a place: the scene of what follows."""
    held = [p for p in fact.parts if p.attr("venue_status") in _HELD]
    if not held or fact.modality not in FIRM or remote(fact):
        return None
    places = frozenset(k for p in held for k in p.keys("place"))
    return _Scene(tuple((p.get("place")[0], tuple(a for a in p.attrs if a[0] != "venue_status")) for p in held),
                  at, fact.keys("participant"), places | {state_of[k] for k in places if k in state_of}, fact.start)


def _found_scene(sentence: SentenceClaims, person_state: Mapping[str, Entity]) -> _Scene | None:
    """« Le ministre est à Lima », « il s'est rendu au Pérou »: talks later, one of whose sides the place lies in,
    or is the state of whom the sentence finds there, are held there (a person's state: the one the whole article
    gives them, `person_state`)."""
    if not sentence.found_at:
        return None
    place, state = sentence.found_at[0]
    attrs = (("visited", "state"),) if place.cls == "State" else ()
    # « le ministre algérien est à Sotchi »: talks of hers held there too, though the city is in a third state
    stayers = frozenset(person_state[k].key if k in person_state else k for k in sentence.found_by)
    return _Scene(((place, attrs),), sentence.index, frozenset({state.key}) | stayers,
                  frozenset({place.key, state.key}))


def place_in_scenes(told: Iterable[Told], sentences: list[SentenceClaims],
                    person_state: Mapping[str, Entity] | None = None) -> None:
    """Give talks held face to face, told with no venue, the venues of the scene the article set before them
    (`person_state`: each person the article gives a post in a state, that state)."""
    index_at = {s.evidence.start: s.index for s in sentences}
    state_of = {key: state for s in sentences for key, state in s.places_told if state}
    talks = sorted(((a, t) for t in told if t.fact.kind == "negotiation" and (a := _sentences_of(t.fact, index_at))),
                   key=lambda pair: pair[0][0])
    found = {s.index: opened for s in sentences if (opened := _found_scene(s, person_state or {})) is not None}
    scene: _Scene | None = None
    for at, item in talks:
        fact = item.fact
        before = [i for i in found if (scene.at if scene is not None else -1) < i < at[0]]
        if before:
            scene = found[max(before)]
        if (own := _talks_scene(fact, at[-1], state_of)) is not None:
            scene = own
            continue
        sides = fact.keys("participant")
        if fact.parts or scene is None or fact.modality not in FIRM or len(sides) < 2 or remote(fact) or \
                not sides & scene.sides or not _same_time(fact.start, scene.start) or \
                _moved(sentences, scene, at[0], state_of):
            continue
        item.fact = replace(fact, parts=tuple(venue(place, fact.evidence[:1], fact.said, *attrs)
                                              for place, attrs in scene.places))
