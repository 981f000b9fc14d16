"""A ship's own name the NER reads as a person's: « la corvette Al Zorvak », « la frégate principale Kestrel ».
A name the article puts right after a ship noun (past its lowercase adjectives) anywhere is the ship's, so no
mention of it is a person (« l'équipage d'Al Zorvak » neither)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.doc_words import texts, tokens
from kg.extract.mentions import Mention
from kg.extract.ships import SHIP_NOUNS
from kg.text import fold

_ADJECTIVES = 2  # lowercase adjectives read past between the noun and the name (« la corvette principale X »)
_WORDS = 4  # the most words of a ship's name


def without_ship_names(docs: list[Doc], found: list[list[Mention]], titles: frozenset[str]) -> list[list[Mention]]:
    """Each paragraph's mentions less the people named as the article names a ship, unless a title is right before
    the name (« la frégate Nom, puis le roi Nom »: a ship named after the king)."""
    ships = {name for doc in docs for name in _ship_names(doc)}
    if not ships:
        return found
    return [[m for m in mentions if m.how != gz.PERSON or fold(doc[m.start:m.end].text) not in ships or
             (m.start > 0 and doc[m.start - 1].lower_ in titles)]
            for doc, mentions in zip(docs, found, strict=True)]


def _ship_names(doc: Doc) -> list[str]:
    """The capitalised words right after each ship noun of a paragraph, past its lowercase adjectives, folded."""
    names = []
    words = texts(doc)  # the lemma read only where the word is in lower case: most are not, or are no noun
    for i, word in enumerate(words):
        if not word.islower() or (noun := tokens(doc)[i]).lemma_.lower() not in SHIP_NOUNS:
            continue
        at = noun.i + 1
        while at < len(doc) and at - noun.i <= _ADJECTIVES and doc[at].pos_ == "ADJ" and doc[at].text.islower():
            at += 1
        end = at
        while end < len(doc) and end - at < _WORDS and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end > at:
            names.append(fold(doc[at:end].text))
    return names
