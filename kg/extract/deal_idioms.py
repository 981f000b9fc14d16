"""Phrases in which a deal noun names no deal: « tomber d'accord », « être d'accord pour », « trouver un terrain
d'entente », « accords et désaccords ». « Se mettre d'accord » reaches one, and stays. Words:
ontology/lexicon/deal-idioms.tsv."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.extract.lexicon import table

_ARTICLES = {"un", "une", "le", "la", "l'", "l\u2019"}  # the parser may read the article as a pronoun
_REACHED = {"mettre"}  # « les deux pays se sont mis d'accord sur un cessez-le-feu »: a deal reached


@cache
def _idioms() -> frozenset[tuple[str, str, str]]:
    return frozenset((noun, word, how) for noun, word, how in table("deal-idioms.tsv"))


def idiom(trigger: Token) -> bool:
    """A deal noun in one of the phrases of deal-idioms.tsv."""
    if trigger.pos_ != "NOUN" or trigger.i == 0:
        return False
    noun, known = trigger.lemma_.lower(), _idioms()
    before = trigger.doc[trigger.i - 1]
    # « un d'accord pour des services »: a determiner before « d' » is a slip of the pen for a deal noun
    article = trigger.doc[trigger.i - 2] if trigger.i >= 2 else None
    slip = article is not None and (article.pos_ == "DET" or article.lower_ in _ARTICLES)
    if (noun, before.lower_, "bare") in known and not slip and not any(c.dep_ == "det" for c in trigger.children):
        return before.head.lemma_.lower() not in _REACHED and trigger.head.lemma_.lower() not in _REACHED
    if trigger.dep_ == "nmod" and (noun, trigger.head.lemma_.lower(), "nmod") in known:
        return True
    joined = [c.lemma_.lower() for c in trigger.children if c.dep_ == "conj"] + \
        ([trigger.head.lemma_.lower()] if trigger.dep_ == "conj" else [])
    return any((noun, word, "conj") in known for word in joined)
