"""Goods sent to a state: « livrer des chars en X », « la fourniture d'obus en X », « un contrat pour la fourniture
de chars à X ». One word set for the words that send goods and one for the prepositions naming where they go, read by
roles (the recipient of a supply) and third_recipients (a contract whose supply goes to a third state)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import triggers
from kg.extract.syntax import Sentence

INTO = "en"  # « en X » after a word that sends goods: X receives them (elsewhere « en X » is mostly a place)
_TO = frozenset({"à", "au", "aux", "vers", INTO})
_MOVING = frozenset({"deliver"})


def sends_goods(token: Token) -> bool:
    """A verb or noun of delivery whose object is the goods (« livrer », « la fourniture »); not a sale: « vendre
    ... en X » tells as often where the seller trades as who receives."""
    return any(t.fact == "support" and t.detail in _MOVING and t.object_role == "theme"
               for t in triggers().get((token.lemma_.lower(), token.pos_), []))


def sent_to(sentence: Sentence, noun: Token, start: int) -> bool:
    """Whether a name at `start` is told « à / en » after the word sending goods, in its phrase: no verb nor comma
    between (the parser may hang « à X » on a word of the goods: « de 14 chars W 2 à X »)."""
    before = list(sentence.doc[noun.i + 1:start])
    if any(t.pos_ in {"VERB", "AUX"} or t.text in {",", ";"} for t in before):
        return False
    words = [t.lower_ for t in before if t.pos_ != "DET"]
    return bool(words) and words[-1] in _TO
