"""« les ministres azerbaïdjanais et turc »: fr_core_news_md often hangs a demonym coordinated with the demonym that
qualifies a noun on that first demonym, so only the first one reads as a side. A demonym coordinated with a demonym
that qualifies a noun is coordinated with the noun, as the parser hangs « les ministres turc et géorgien »."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.doc_words import hang
from kg.extract.syntax import Sentence


def rehang_demonym_conjuncts(sentence: Sentence) -> None:
    """Hang each demonym coordinated with a noun's demonym on that noun."""
    for token in sentence.tokens:
        if token.dep_ != "conj" or token.pos_ != "ADJ":  # read first: most words are no coordinated adjective
            continue
        first = token.head
        while first.dep_ == "conj" and first.head != first and first.head.pos_ == "ADJ":
            first = first.head
        if first.dep_ != "amod" or first.head.pos_ != "NOUN" or first.i > token.i:
            continue
        mine, theirs = sentence.mention_at(token), sentence.mention_at(first)
        if mine is not None and theirs is not None and mine.how == gz.DEMONYM and theirs.how == gz.DEMONYM:
            hang(token, first.head)


def reread_demonym_names(sentence: Sentence) -> None:
    """« reçu par le président émirati »: fr_core_news_md now and then reads a demonym after a common noun as a
    proper name hung on it (flat:name); a word the gazetteer reads as a demonym, alone in its mention, that follows
    the noun it is hung on is that noun's adjective (amod), as it is for « le président qatari »."""
    for token in sentence.tokens:
        if token.dep_ != "flat:name" or token.head.pos_ != "NOUN" or token.head.i != token.i - 1:
            continue
        mine = sentence.mention_at(token)
        if mine is not None and mine.how == gz.DEMONYM and mine.end - mine.start == 1:
            token.dep_, token.pos_ = "amod", "ADJ"
