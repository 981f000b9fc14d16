"""A list of people each followed by their title (« a rencontré A, la présidente du Pays, B, le Premier ministre,
C, le ministre de la Défense »): when the name after a title's comma is followed in turn by its own title, the
title goes to the name before it, not to the name after it."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.holders import apposed_holder, apposition_end
from kg.extract.mentions import Mention
from kg.extract.people import Title
from kg.extract.syntax import Sentence

_ARTICLES = {"le", "la", "l'"}


def paired_holders(sentence: Sentence, titles: list[Title]) -> dict[int, tuple[Mention, Mention | None]]:
    """The start of each title set off between two names that are each followed by their own title -> the name
    before it and the state or body it serves."""
    found: dict[int, tuple[Mention, Mention | None]] = {}
    starts = {title.start for title in titles if not title.inner}
    for title in titles:
        if title.inner or sentence.doc[title.start - 1].lower_ not in _ARTICLES:
            continue
        if _next_name_titled(sentence, title, starts) and (holder := apposed_holder(sentence, title)) is not None:
            found[title.start] = holder
    return found


def _next_name_titled(sentence: Sentence, title: Title, starts: set[int]) -> bool:
    """After the title's words and their comma, a name, its comma and an article that open another title."""
    doc, end = sentence.doc, sentence.span.end
    after = apposition_end(sentence, title)
    if after + 1 >= end or doc[after].text != ",":
        return False
    person = sentence.mention_at(doc[after + 1])
    if person is None or person.how != gz.PERSON or person.start != after + 1 or person.end + 2 >= end:
        return False
    return doc[person.end].text == "," and doc[person.end + 1].lower_ in _ARTICLES and person.end + 2 in starts
