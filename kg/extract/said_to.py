"""« X a expliqué à l'agence Y que des blindés seraient livrés à Z »: fr_core_news_md often hangs the « que »
clause of a verb of saying on the one it is said to, as a clause describing that noun, so the audience reads as
what is delivered or as who receives it. A clause opened by « que » hung on the « à » complement of a verb of
saying is what the verb says: it is hung back on the verb. The audience is never a side of what it is told."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_words import hang
from kg.extract.lexicon import words_of_class
from kg.extract.syntax import Sentence, case_of

_THAT = {"que", "qu'"}
_TO = {"à", "au", "aux"}


def _said_to(clause: Token) -> Token | None:
    """The verb of saying whose audience the clause is hung on, or None."""
    if clause.dep_ not in {"acl", "acl:relcl"}:  # read before the heads: most words are no such clause
        return None
    audience = clause.head
    verb = audience.head
    if audience.pos_ not in {"NOUN", "PROPN"} or \
            not audience.dep_.startswith("obl") or case_of(audience) not in _TO or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in words_of_class("report"):
        return None
    return verb if any(c.dep_ == "mark" and c.lower_ in _THAT for c in clause.children) else None


def rehang_said(sentence: Sentence) -> None:
    """Hang each « que » clause misread as describing a verb of saying's audience back on that verb."""
    for token in sentence.tokens:
        if (verb := _said_to(token)) is not None:
            hang(token, verb)
            token.dep_ = "ccomp"
