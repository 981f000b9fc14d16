"""The words that open a list of names after a plural title and its comma (list-openers.tsv: « respectivement »,
« à savoir », « à savoir respectivement, »): the names after them hold the title, in order."""

from __future__ import annotations

from functools import cache

from kg.extract.lexicon import word_list
from kg.extract.syntax import Sentence

_OPENERS_IN_A_ROW = 2  # « à savoir respectivement »


@cache
def _openers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in sorted(word_list("list-openers.tsv")))


def past_list_opener(sentence: Sentence, at: int) -> int:
    """Where the names start after the openers at `at` and the comma after each (`at` itself when none opens)."""
    doc, end = sentence.doc, sentence.span.end
    for _ in range(_OPENERS_IN_A_ROW):
        words = tuple(t.lower_ for t in doc[at:min(at + 2, end)])
        opener = next((o for o in _openers() if words[:len(o)] == o), None)
        if opener is None:
            break
        at += len(opener)
        at += at < end and doc[at].text == ","
    return at
