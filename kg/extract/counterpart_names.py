"""« après une rencontre avec son homologue ukrainien X Y »: fr_core_news_md now and then hangs the name told right
after a counterpart noun and its demonyms on a title far before it (the sentence's subject, « Le ministre, qui … »),
which then reads as that title's name. A name right after a counterpart noun is the counterpart's."""

from __future__ import annotations

from kg.extract.counterparts import counterpart_nouns
from kg.extract.doc_words import hang
from kg.extract.syntax import Sentence


def rehang_counterpart_names(sentence: Sentence) -> None:
    """Hang a name told right after « homologue » (and its demonyms, a comma) on that noun when the parser hung it on
    a word before the noun."""
    tokens = sentence.tokens
    for noun in counterpart_nouns(sentence):
        at = noun.end + (noun.end < len(tokens) and tokens[noun.end].text == ",")
        if at >= len(tokens):
            continue
        name = tokens[at]
        if name.pos_ == "PROPN" and name.dep_ == "appos" and name.head.i < noun.token.i:
            hang(name, noun.token)
