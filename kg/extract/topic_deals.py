"""Deals named as a topic or a point in time: « les deux présidents ont évoqué la sécurité et l'accord sur le
climat », « les dossiers abordés : ..., le traité de non-prolifération », « sa première visite depuis la signature
de l'accord de paix », « le renforcement de l'Organisation du traité de coopération fluviale »: a deal the talks
touch on, that dates something or that names a body is not made by the story's sides. With no side named in its own
phrase, it is no deal of this story. Words: ontology/lexicon/passing-deal-words.tsv."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.lexicon import table
from kg.extract.syntax import Sentence, mention_root

# how a noun phrase hangs on the word above it, up to the verb that holds it
_HELD = {"obj", "nsubj", "nsubj:pass"}  # how a verb holds the deal it acts on
_NOMINAL = {"obj", "obl", "obl:mod", "obl:arg", "nmod", "conj", "appos", "nsubj:pass", "dep"}


@cache
def _words() -> dict[str, frozenset[str]]:
    """The words of each role: `topic` (verbs and nouns of what talks touch on), `bound` (prepositions of time),
    `body` (nouns of a body a deal names)."""
    rows = table("passing-deal-words.tsv")
    return {role: frozenset(lemma for lemma, r in rows if r == role) for role in ("topic", "bound", "body")}


def _bounded(noun: Token) -> bool:
    """« depuis l'accord », « jusqu'à la signature »: the noun is the complement of a preposition of time."""
    return any(c.dep_ == "case" and c.lower_ in _words()["bound"] for c in noun.children)


def in_passing(sentence: Sentence, trigger: Token, args: Arguments) -> bool:
    """A deal noun listed among the topics of talks or set as a bound in time, itself or through the nouns above it
    up to the verb of its clause, with no side in its own phrase (« l'accord de paix entre A et B » keeps its sides;
    those who talk of it, or travel since, are not they)."""
    if trigger.pos_ != "NOUN" or any(trigger.is_ancestor(mention_root(sentence, m))
                                     for m in args.agents + args.partners):
        return False
    words = _words()
    if trigger.dep_ == "nmod" and trigger.head.lemma_.lower() in words["body"]:
        return True  # « l'Organisation du traité de ... »: the name of a body the deal set up
    noun = trigger
    for _ in range(6):
        if _bounded(noun) or noun.lemma_.lower() in words["topic"]:
            return True
        if noun.dep_ not in _NOMINAL or noun.head == noun:
            return False
        held, noun = noun.dep_ in _HELD, noun.head
        if noun.pos_ in {"VERB", "AUX"}:
            if noun.lemma_.lower() in words["topic"]:
                return True
            # « les sujets sur lesquels ils travaillent : la sécurité, l'accord sur le climat »: a listing after the
            # colon hangs on the relative clause, and names the noun it qualifies; a deal the verb holds is its own
            if held or noun.dep_ not in {"acl", "acl:relcl"}:
                return False
            noun = noun.head
    return False
