"""Names given as examples of a group told just before (« X a signé des accords avec plusieurs pays, dont la
Norvège », « des drones livrés à de nombreux États, notamment le Chili »): the name takes the group noun's place,
so it stands in that noun's relation to a fact's trigger."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from kg.extract.doc_words import lowers
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence

# « plusieurs pays », « de nombreux partenaires », « certains États »: a group whose members the text may list
_SOME = {"plusieurs", "nombreux", "nombreuses", "certains", "certaines", "divers", "diverses", "différents",
         "différentes", "quelques"}
_REACH = 8  # tokens between the group noun and its marker (« plusieurs pays ces dernières années, dont »)


@cache
def _markers() -> list[tuple[str, ...]]:
    return [tuple(p.split()) for p in word_list("example-markers.tsv")]


def exemplified(sentence: Sentence, mention: Mention) -> Mention | None:
    """The mention moved onto the group noun it is an example of (None: it is no example)."""
    doc, first = sentence.doc, sentence.span.start
    at = mention.start - 1
    while at >= first and doc[at].pos_ == "DET":
        at -= 1
    words = lowers(doc)
    told = next((len(m) for m in _markers() if at - len(m) + 1 >= first
                 and words[at - len(m) + 1:at + 1] == m), 0)
    if not told:
        return None
    for i in range(at - told, max(first, at - told - _REACH) - 1, -1):
        token = doc[i]
        if token.pos_ in {"VERB", "AUX"} or sentence.mention_at(token) is not None:
            return None
        if token.pos_ == "NOUN" and (_counted(token) or any(
                c.lower_ in _SOME for c in token.children if c.dep_ in {"det", "amod", "nummod"})):
            return replace(mention, start=i, end=i + 1)
    return None


def _counted(noun: Token) -> bool:
    """« vers 20 États africains », « à trois pays »: a noun of states (state-group-nouns.tsv) counted by a number."""
    return noun.lemma_.lower() in word_list("state-group-nouns.tsv") and \
        any(c.dep_ == "nummod" and c.like_num for c in noun.children)
