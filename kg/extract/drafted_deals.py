"""Deals only meant or drafted: « X a l'intention de conclure un accord avec Y », « réunis pour ébaucher le texte
du traité », « un projet d'accord »: a deal noun (or the verb of its signing) that a word of intent or drafting
governs is no deal made; it is possible. Words: ontology/lexicon/drafted-deals.tsv."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_words import morph_values
from kg.extract.lexicon import word_list

# how a word of intent or drafting holds the deal, the text of it or the verb of its signing
_HELD = {"obj", "nmod", "obl:arg", "acl", "xcomp", "nsubj:pass"}
_STEPS = 3  # « intention » → « conclure » → « accord »; « ébaucher » → « texte » → « traité »


_AWAITED = {"obj", "nsubj:pass"}  # how a verb of awaiting holds the deal or the noun of its signing
_SIGNING = {"signature", "conclusion"}


def drafted(trigger: Token) -> bool:
    """The deal a trigger tells is under a word of intent or drafting, within a few steps up its heads, or is
    awaited (« un accord est attendu », « la signature du contrat est attendue »)."""
    words = word_list("drafted-deals.tsv")
    token = trigger
    if token.pos_ == "NOUN" and token.dep_ == "nmod" and token.head.lemma_.lower() in _SIGNING:
        token = token.head  # « la signature de l'accord »: the signing stands for the deal
    if token.pos_ == "NOUN" and token.dep_ in _AWAITED and token.head.pos_ == "VERB" and \
            token.head.lemma_.lower() in word_list("awaited-deals.tsv"):
        return True
    token = trigger
    for _ in range(_STEPS):
        if token.dep_ not in _HELD or token.head == token:
            return False
        token = token.head
        if token.lemma_.lower() in words and token.pos_ in {"NOUN", "VERB"}:
            return True
    return False


_MADE = frozenset({"conclure", "signer", "passer", "parapher"})


def made_before(trigger: Token) -> bool:
    """« le contrat conclu avec X », « l'accord signé en 2015 »: a deal noun qualified by a past participle of
    concluding (anywhere the parser hangs it in the noun's phrase) is a deal made, whatever the sentence means to do
    with it (« dénoncer », « revoir »)."""
    if trigger.pos_ == "VERB":
        return _concluded(trigger)  # the participle itself
    return trigger.pos_ == "NOUN" and any(_concluded(t) for t in trigger.subtree if t.i > trigger.i)


def _concluded(token: Token) -> bool:
    """A past participle of concluding that qualifies a noun, with no auxiliary (« conclu avec X »)."""
    return token.dep_ == "acl" and token.pos_ == "VERB" and token.lemma_.lower() in _MADE and \
        "Part" in morph_values(token, "VerbForm") and not any(c.dep_.startswith("aux") for c in token.children)
