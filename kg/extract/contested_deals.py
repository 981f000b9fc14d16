"""Deals contested: « trois candidats sont sur les rangs pour ce contrat », « A et B sont en lice pour le marché »,
« en compétition pour le contrat »: a deal that bidders seek is not made; it is possible. A contest won (« a
remporté la compétition pour le contrat ») is told by its verb of winning, not here. Words:
ontology/lexicon/contest-words.tsv."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.deal_kinds import deal_noun
from kg.extract.lexicon import word_list
from kg.extract.syntax import SUBJECTS, case_of

_FOR = {"pour", "à", "au", "aux"}  # « en lice pour le contrat », « candidats au contrat »


def contested(trigger: Token) -> bool:
    """The deal a trigger names is what a contest is for: its « pour » / « à » complement hangs on a word of
    contest, or on a noun whose subject is one (« les candidats sont sur les rangs pour ... »), that no verb takes as
    its object (« a remporté la compétition pour ... » is a deal won)."""
    deal = deal_noun(trigger) or trigger
    head = deal.head
    if deal.pos_ != "NOUN" or head == deal or case_of(deal) not in _FOR or head.pos_ not in {"NOUN", "ADJ"} or \
            head.dep_ in {"obj", "nsubj:pass"}:
        return False
    words = word_list("contest-words.tsv")
    return head.lemma_.lower() in words or any(c.dep_ in SUBJECTS and c.lemma_.lower() in words
                                               for c in head.children)
