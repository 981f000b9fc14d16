"""The armed group a title's complement names by a proper name the reference data does not know (« le porte-parole
des Brigades Saraya al-Nasr, X », « le chef du Front Populaire de Libération, Y »): a capitalised group noun
(group-name-nouns.tsv) and the capitalised words after it, Arabic particles included (« al-», « el-»), name an
organisation of its own; the post is in it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.lexicon import word_list
from kg.extract.people import Title
from kg.extract.syntax import Sentence
from kg.records import Entity
from kg.text import fold

_OF = {"des", "du", "de", "d'", "la", "l'"}
_PARTICLES = {"al", "el", "ad", "ach", "ash", "as", "an", "ar", "at", "az", "ed", "es", "ibn", "bin", "ben", "ould"}
_PARTICLE = re.compile(rf"^(?:{'|'.join(sorted(_PARTICLES))})-\w", re.IGNORECASE)
_LINKS = {"de", "du", "des", "la", "d'", "l'"}
_NAME_REACH = 6  # words of the group's name after its noun


def group_name(sentence: Sentence, title: Title) -> Entity | None:
    """The organisation a title's complement names by a group noun and a proper name no mention covers."""
    doc, end = sentence.doc, sentence.span.end
    token = complement_noun(sentence, title, word_list("group-name-nouns.tsv"), _OF)
    if token is None:
        return None
    words = [token]
    for after in doc[token.i + 1:min(token.i + 1 + _NAME_REACH, end)]:
        particle = after.lower_ in _PARTICLES or (after.text == "-" and words[-1].lower_ in _PARTICLES)
        if sentence.mention_at(after) is not None or (after.is_punct and not particle) or not (
                after.text[:1].isupper() or _PARTICLE.match(after.text) or after.lower_ in _LINKS or particle):
            break
        words.append(after)
    return None if sentence.mention_at(token) is not None else organisation_named(words, _LINKS | _PARTICLES)


def complement_noun(sentence: Sentence, title: Title, nouns: frozenset[str] | set[str], of: set[str]) -> Token | None:
    """The first capitalised noun of a list right after « de » in a title's complement (« du Front ... », « de
    l'Institut ... »): the head of a body's name."""
    doc = sentence.doc
    return next((token for token in doc[title.start + 1:min(title.end + 2, sentence.span.end)]
                 if token.text[:1].isupper() and fold(token.text) in nouns and doc[token.i - 1].lower_ in of), None)


def organisation_named(words: list[Token], trailing: set[str]) -> Entity | None:
    """The organisation a body's noun and the words read after it name, past the links and the punctuation it ends
    on; none from a noun alone."""
    while words and (words[-1].lower_ in trailing or words[-1].is_punct):
        words.pop()
    if len(words) < 2:
        return None
    name = "".join(t.text_with_ws for t in words).strip()
    return Entity("org:" + name, name, "Organisation")
