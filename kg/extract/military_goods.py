"""Goods told as military: « un don de matériels militaires », « des équipements militaires ». A noun of goods in
general (military-goods.tsv) is matériel when an adjective of the military words (military.tsv) qualifies it, so a
gift or a handing over of such goods is a supply; the same noun unqualified (« du matériel informatique ») is not."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import word_list


def military_goods(token: Token) -> bool:
    """Whether a token is a noun of goods that an adjective of the military words qualifies."""
    return token.lemma_.lower() in word_list("military-goods.tsv") and any(
        c.dep_ == "amod" and c.lemma_.lower() in word_list("military.tsv") for c in token.children)
