"""A demonym two states share (« congolais »: kg:sharedDemonym): it names the state the article names, by its name,
its capital or a city of it, when that is the other state and not the one the form usually names; the sentence's
own places speak first, then the whole article's."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.mentions import Mention, state_entity
from kg.gazetteer import Gazetteer

_PLACING = {gz.NAME, gz.CAPITAL, gz.CITY}


def _placed(gaz: Gazetteer, mentions: list[Mention]) -> set[str]:
    """The states mentions name by name, capital or city."""
    return {key for m in mentions if m.how in _PLACING
            and (key := m.state.key if m.state is not None else gaz.in_state.get(m.entity.key)) is not None}


def shared_demonyms(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions, a shared demonym read as the state its context names (see the module doc)."""
    if not gaz.shared_demonyms:
        return found
    article = _placed(gaz, [m for mentions in found for m in mentions])
    out = []
    for doc, mentions in zip(docs, found, strict=True):
        kept = []
        for mention in mentions:
            others = gaz.shared_demonyms.get(doc[mention.start:mention.end].text.lower(), ())
            if mention.how == gz.DEMONYM and mention.state is not None and others:
                sentence = doc[mention.start].sent
                here = _placed(gaz, [m for m in mentions if sentence.start <= m.start < sentence.end])
                candidates = [mention.state.key, *others]
                for places in (here, article):
                    named = [c for c in candidates if c in places]
                    if named:
                        if len(named) == 1 and named[0] != mention.state.key and \
                                (state := state_entity(gaz, named[0])) is not None:
                            mention = replace(mention, entity=state, state=state)
                        break
            kept.append(mention)
        out.append(kept)
    return out
