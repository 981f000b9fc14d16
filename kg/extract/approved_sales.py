"""Sales told as approved (« X a approuvé la vente de radars à Y pour un coût estimé de N »): the sale noun the verb of
approval takes, which the price hung on that verb belongs to."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import triggers
from kg.extract.syntax import case_of

PRICED_SUPPLIES = {"sell", "export", "deliver", "receive", "buy-for"}


def supply_approved(trigger: Token, verb: Token) -> Token | None:
    """« X a approuvé (validé) la vente de radars à Y ..., pour un coût estimé à 2 milliards »: a worth « pour »
    hung on the verb whose object is a noun of sale or supply is that supply's price: that noun."""
    if case_of(trigger) != "pour":
        return None
    return next((c for c in verb.children if c.dep_ in {"obj", "dep"} and c.i < trigger.i and c.pos_ == "NOUN"
                 and any(t.fact == "support" and t.detail in PRICED_SUPPLIES
                         for t in triggers().get((c.lemma_.lower(), "NOUN"), []))), None)
