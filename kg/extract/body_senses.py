"""A body's name that several states give their own service (« la Marine nationale » of France, and of many
francophone states: shared-body-names.tsv) stands for the state the reference data gives it, unless the article
places other states (by name, demonym, capital or city) and not that one: then it is the service of a state the
article leaves to its context, an organisation of no known state, which adds no state to the article."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.gazetteer import Gazetteer
from kg.records import Entity

_PLACING = {gz.NAME, gz.DEMONYM, gz.CAPITAL, gz.CITY}


def shared_bodies(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions, a shared body name of a state the article does not place, in an article that
    places others, read as an organisation of its own."""
    names = word_list("shared-body-names.tsv")
    placed = {key for mentions in found for m in mentions if m.how in _PLACING and
              (key := m.state.key if m.state is not None else gaz.in_state.get(m.entity.key)) is not None}
    return [[_unplaced(doc, m) if placed and m.how == gz.BODY and m.state is not None and m.state.key not in placed and
             doc[m.start:m.end].text.lower() in names else m for m in mentions]
            for doc, mentions in zip(docs, found, strict=True)]


def _unplaced(doc: Doc, mention: Mention) -> Mention:
    text = re.sub(r"\s+", " ", doc[mention.start:mention.end].text)
    return Mention(mention.start, mention.end, Entity("org:" + text, text, "Organisation"), "ner-org")
