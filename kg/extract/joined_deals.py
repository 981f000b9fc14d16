"""Sides that join a deal named before: « les pays partenaires A, B et C participent à la commande » adds A, B and C
to the order told before; they sign no deal among themselves."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import word_list
from kg.extract.syntax import DEFINITE, case_of
from kg.records import Fact

JOINED = "joined"  # the attribute of a deal a sentence tells sides joining


def joins_deal(trigger: Token) -> bool:
    """The deal noun is the definite « à » complement of a verb of joining (joining-verbs.tsv)."""
    return trigger.pos_ == "NOUN" and case_of(trigger) in {"à", "au", "aux"} and \
        trigger.head.lemma_.lower() in word_list("joining-verbs.tsv") and \
        any(c.dep_ == "det" and c.lower_ in DEFINITE for c in trigger.children)


def mark_joined(trigger: Token, fact: Fact) -> Fact:
    """The deal, marked as joined by its sides (kg.extract.deal_story adds them to the deal told last)."""
    return fact.with_attr(JOINED, "yes") if joins_deal(trigger) else fact
