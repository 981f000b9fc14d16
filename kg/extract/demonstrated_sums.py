"""« Chiffre du jour : 110 milliards de dollars », then « C'est le montant des accords conclus par X avec Y »: the one
sum a headline gives is the worth of the deal the next sentence says it is the amount of."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.syntax import Sentence
from kg.records import Amount


def demonstrated_sum(sentence: Sentence, trigger: Token, headline: tuple[Amount, ...]) -> tuple[Amount, ...]:
    """The headline's one sum (`headline`: its sums), for a deal noun that completes « c'est le montant de » (or
    « la valeur », « le coût ») in the sentence right after the headline, a sentence with no sum of its own."""
    from kg.extract.agreement_worth import WORTH_NOUNS

    worth = trigger.head
    if sentence.index != 1 or sentence.money or trigger.dep_ != "nmod" or worth.lemma_.lower() not in WORTH_NOUNS \
            or not any(c.dep_ == "cop" for c in worth.children) \
            or not any(c.dep_ == "nsubj" and c.lemma_.lower() == "ce" for c in worth.children):
        return ()
    return headline if len(headline) == 1 else ()
