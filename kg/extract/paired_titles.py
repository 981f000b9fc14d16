"""A list of people each followed by their title (« a rencontré A, la présidente du Pays, B, le Premier ministre,
C, le ministre de la Défense »): when the name after a title's comma is followed in turn by its own title, the
title goes to the name before it, not to the name after it; unless the list opens with a title (« le
vice-président, A, le ministre de la Défense, B, »): then each title goes to the name after it."""

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
    titled = title_first_names(sentence, titles)
    for title in titles:
        if title.inner or sentence.doc[title.start - 1].lower_ not in _ARTICLES:
            continue
        if _next_name_titled(sentence, title, starts) and (holder := apposed_holder(sentence, title)) is not None \
                and holder[0].start not in titled:
            found[title.start] = holder
    return found


def title_first_names(sentence: Sentence, titles: list[Title]) -> frozenset[int]:
    """« Le vice-président, A, le ministre de la Défense, B, l'ambassadeur, C »: a list that opens with a title and
    its name goes on title first; the starts of the names that hold the title before them (no later title is theirs).
    """
    doc, starts, found = sentence.doc, {title.start for title in titles if not title.inner}, set[int]()
    for title in titles:
        if title.inner or title.start not in starts or doc[title.start - 1].lower_ not in _ARTICLES:
            continue
        opens = title.start - 2 < sentence.span.start or doc[title.start - 2].text != "," or \
            (before := sentence.mention_at(doc[title.start - 3])) is None or before.how != gz.PERSON
        if (opens or _named_after(sentence, title) in found) and _next_name_titled(sentence, title, starts):
            found.add(apposition_end(sentence, title) + 1)
    return frozenset(found)


def _named_after(sentence: Sentence, title: Title) -> int:
    """Where the name right before a title's article and comma starts (-1 if none)."""
    before = sentence.mention_at(sentence.doc[title.start - 3]) if title.start - 3 >= sentence.span.start else None
    return before.start if before is not None and before.how == gz.PERSON else -1


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
