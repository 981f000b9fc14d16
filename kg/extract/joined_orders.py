"""Orders joined: « les pays partenaires A, B et C participent à la commande », « B s'est joint à la commande ». The
subjects of a verb of joining (order-joins.tsv) whose complement is an order noun buy with the one that placed it;
they sign no deal among themselves, so the order noun so told makes no agreement between them."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import word_list


def joined_order(trigger: Token) -> bool:
    """Whether an order noun is what a verb of joining has its subject join."""
    return trigger.pos_ == "NOUN" and trigger.dep_ in {"obl:arg", "obl:mod", "obj", "iobj"} and \
        trigger.head.pos_ == "VERB" and trigger.head.lemma_.lower() in word_list("order-joins.tsv")
