"""The state a story is set in, as its headline says it before a colon (« Mali : l'armée reçoit des drones »,
« Salé : cérémonie de réception ... »): a minister the article names without a demonym is that state's, unless
the sentence has them visit it or meet a counterpart of it (kg.extract.claims, ClaimReader._post_org)."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.syntax import Sentence
from kg.records import Entity

_PLACES = {gz.NAME, gz.CAPITAL, gz.CITY}
_REACH = 5  # tokens of a place's name before the colon


def headline_setting(sentence: Sentence) -> Entity | None:
    """The one state (or city of a state) a headline names alone before its colon; « Tunisie - Koweït : » names
    two and sets nothing, « Capgemini : » names no place."""
    doc, start = sentence.doc, sentence.span.start
    colon = next((t.i for t in doc[start:min(start + _REACH + 1, sentence.span.end)] if t.text == ":"), None)
    if colon is None or colon == start:
        return None
    at = start
    state: Entity | None = None
    while at < colon:
        mention = sentence.mention_at(doc[at])
        if mention is None or mention.how not in _PLACES or mention.state is None or state is not None:
            return None
        state, at = mention.state, mention.end
    return state
