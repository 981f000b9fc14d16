"""A name in quotes right after a system (« quatre hélicoptères Zorvak-35 « Hind » », « le Zorvak-30
« Flanker » »): the nickname the press gives that system, often a reporting name its whole family shares in the
reference data; it names no other system."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.mentions import Mention

_OPENING = {"«", '"', "\u201c"}


def nicknames_dropped(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions but a reference system named in quotes right after another reference system."""
    ends = {m.end: m for m in mentions if m.how == gz.WEAPON and m.entity.iri}
    return [m for m in mentions if not (
        m.how == gz.WEAPON and m.entity.iri and m.start > 0 and doc[m.start - 1].text in _OPENING and
        (before := ends.get(m.start - 1)) is not None and before.entity.iri != m.entity.iri)]
