"""Sales told as approved (« X a approuvé la vente éventuelle de radars à Y pour 2 milliards »): what prices them, and
when a sale only « possible » is still a deal told with its price."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.lexicon import triggers, word_list, words_of_class
from kg.extract.modality import is_conditional
from kg.extract.syntax import case_of
from kg.kinds import Modality
from kg.records import Attribution

PRICED_SUPPLIES = {"sell", "export", "deliver", "receive", "buy-for"}


def supply_approved(trigger: Token, verb: Token) -> Token | None:
    """« X a approuvé (validé) la vente de radars à Y ..., pour un coût estimé à 2 milliards »: a worth « pour »
    hung on the verb whose object is a noun of sale or supply is that supply's price: that noun."""
    if case_of(trigger) != "pour":
        return None
    return next((c for c in verb.children if c.dep_ in {"obj", "dep"} and c.i < trigger.i and c.pos_ == "NOUN"
                 and any(t.fact == "support" and t.detail in PRICED_SUPPLIES
                         for t in triggers().get((c.lemma_.lower(), "NOUN"), []))), None)


def approval_told(trigger: Token, said: Attribution) -> Attribution:
    """How a sale only « possible » by its own adjective is told once approved: as the approval is (asserted, or
    reported by whom says it); any other sale as it was."""
    if said.modality != Modality.POSSIBLE or not _approved_possible(trigger):
        return said
    return replace(said, modality=Modality.REPORTED if said.source is not None else Modality.ASSERTED)


def _approved_possible(trigger: Token) -> bool:
    """« La vente potentielle de radars à Y pour 2 milliards a été approuvée »: a sale only « possible » by its own
    adjective, which a verb of approval (purchase-approvals.tsv) told as done takes, is news of a deal priced."""
    verb = trigger.head
    return trigger.pos_ == "NOUN" and trigger.dep_ in {"nsubj:pass", "obj"} and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in word_list("purchase-approvals.tsv") and not is_conditional(verb) \
        and not any(c.dep_ == "xcomp" or c.lemma_.lower() in words_of_class("negation") for c in verb.children) \
        and any(c.dep_ == "amod" and c.lemma_.lower() in words_of_class("consider") for c in trigger.children)
