"""Whether a headline's subject is hardware rather than an actor (« Les sous-marins chinois ne sont pas prêts »): the
demonym then tells where the hardware comes from, not the side the story is told from (kg.extract.claims)."""

from __future__ import annotations

from spacy.tokens import Token


def hardware_subject(subject: Token, nouns: frozenset[str]) -> bool:
    """A subject that is a weapon noun (`nouns`: lemmas), or a demonym the parser made the subject of a compound
    written without its hyphen (« les sous marins chinois »: the noun is « sous-marin »)."""
    if subject.lemma_.lower() in nouns:
        return True
    doc = subject.doc
    if subject.pos_ != "ADJ" or subject.i < 2 or subject.sent.start > subject.i - 2:
        return False
    first, second = doc[subject.i - 2], doc[subject.i - 1]
    return second.head.i == subject.i and f"{first.lower_}-{second.lemma_.lower()}" in nouns
