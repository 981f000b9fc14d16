"""Titles handed out in order by « respectivement »: « entouré de A et de B, respectivement directeur de X et
directrice de Y » gives the first title to A, the second to B (as many names before the word as titles after it)."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.ner_reading import HONORIFICS
from kg.extract.people import CIVILITIES, Title
from kg.extract.syntax import Sentence
from kg.extract.title_complements import DETERMINERS

_RESPECTIVELY = "respectivement"
_BETWEEN_NAMES = {",", "et", "de", "d'", "madame", "monsieur", "mademoiselle", "."} | CIVILITIES | HONORIFICS


def respective_holders(sentence: Sentence, titles: list[Title]) -> dict[int, Mention]:
    """The start of each title after « respectivement » -> the person before it, in the same order."""
    found: dict[int, Mention] = {}
    for word in (t for t in sentence.tokens if t.lower_ == _RESPECTIVELY):
        chain = _titles_after(sentence, titles, word.i)
        people = _people_before(sentence, word.i)
        if len(chain) >= 2 and len(people) == len(chain):
            found.update((title.start, person) for title, person in zip(chain, people, strict=True))
    return found


def _titles_after(sentence: Sentence, titles: list[Title], at: int) -> list[Title]:
    """The titles right after `at`, each after « et » or a comma following the one before it (whose words may run
    on past what the title reader took), none after a name."""
    doc, chain = sentence.doc, list[Title]()
    start = at + 1
    while start < sentence.span.end and doc[start].lower_ in DETERMINERS:
        start += 1
    first = next((t for t in titles if t.start == start), None)
    if first is None:
        return []
    chain.append(first)
    for title in (t for t in titles if t.start > first.start and not t.inner):
        before = doc[title.start - 1] if doc[title.start - 1].lower_ not in DETERMINERS else doc[title.start - 2]
        persons = [m for m in sentence.mentions if m.how == gz.PERSON and chain[-1].start < m.start < title.start]
        if before.lower_ not in {"et", ","} or persons:
            break
        if any(t.is_punct and t.text not in {",", "-", "'"} for t in doc[chain[-1].end:before.i]):
            break
        chain.append(title)
    return chain


def _people_before(sentence: Sentence, at: int) -> list[Mention]:
    """The names listed right before `at` (« A et B », « A, B et de C », civilities between them)."""
    doc = sentence.doc
    people = sorted((m for m in sentence.mentions if m.how == gz.PERSON and m.end <= at), key=lambda m: m.start)
    listed: list[Mention] = []
    stop = at
    while stop > sentence.span.start and doc[stop - 1].text == ",":
        stop -= 1
    for person in reversed(people):
        if any(t.lower_ not in _BETWEEN_NAMES for t in doc[person.end:stop]) or \
                (not listed and person.end != stop):
            break
        listed.insert(0, person)
        stop = person.start
    return listed
