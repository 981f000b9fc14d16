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
    return next((c for c in verb.children if _sale_slot(c) and c.i < trigger.i and _sale_noun(c)), None)


_SALE_SLOTS = {"obj", "dep", "nsubj:pass"}  # « a approuvé la vente », « la vente ... a été approuvée »


def _sale_slot(token: Token) -> bool:
    """The object or passive subject of its verb; a noun with no preposition the parser leaves as a modifier
    (« une vente à Y portant sur des pièces, des munitions ... a été approuvée ») is its subject as well."""
    return token.dep_ in _SALE_SLOTS or (token.dep_ == "obl:mod" and not any(c.dep_ == "case" for c in token.children))


def _sale_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(t.fact == "support" and t.detail in PRICED_SUPPLIES
                                        for t in triggers().get((token.lemma_.lower(), "NOUN"), []))


def sale_of_sentence(trigger: Token) -> Token | None:
    """« X a validé la vente à Y de munitions, ainsi que de radars, de missiles et d'équipements, pour un montant
    de N »: the parser may hang a worth « pour » on the last thing of a long list; when one noun of sale, the
    object (or passive subject) of its verb, comes before it in the sentence, the worth is that sale's price."""
    if case_of(trigger) != "pour":
        return None
    sales = [t for t in trigger.sent if t.i < trigger.i and _sale_slot(t) and t.head.pos_ == "VERB"
             and _sale_noun(t)]
    return sales[0].head if len(sales) == 1 else None
