"""The state a verbless line places its title's holder in (« Le président X aux Émirats », « Le ministre de la
Défense en Inde »): a headline of a visit, so that state is the one visited, not the holder's own."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.lexicon import role_cases
from kg.extract.syntax import Sentence, mention_root

_PLACES = {gz.NAME, gz.CAPITAL, gz.CITY}


def verbless_stays(sentence: Sentence) -> set[str]:
    """The states of the places a line with no verb sets its head in (« à », « au », « aux », « en » + a state,
    its capital or one of its cities, hung on the line's head noun or name)."""
    if any(t.pos_ in {"VERB", "AUX"} for t in sentence.tokens):
        return set()
    root = sentence.span.root
    found: set[str] = set()
    for mention in sentence.mentions:
        if mention.state is None or mention.how not in _PLACES:
            continue
        place = mention_root(sentence, mention)
        if place.head.i != root.i and place.head.head.i != root.i:  # the head, or the name in apposition to it
            continue
        if any(c.dep_ == "case" and c.lower_ in role_cases("host") for c in place.children):
            found.add(mention.state.key)
    return found
