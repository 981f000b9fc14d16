"""States named below a noun of ties broken off (« le sommet se tient après la rupture des relations par A et B avec
C »): who broke with whom is told as background; they are no sides of the talks of the clause around it."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence, mention_root


def below_severance(sentence: Sentence, mention: Mention, trigger: Token) -> bool:
    """Whether the mention hangs, below the trigger's clause, on a noun of severance (severance-nouns.tsv) that is not
    the trigger nor above it."""
    severance = word_list("severance-nouns.tsv")
    token = mention_root(sentence, mention)
    while token.head != token and token != trigger:
        token = token.head
        if token == trigger or token.is_ancestor(trigger):
            return False
        if token.pos_ == "NOUN" and token.lemma_.lower() in severance:
            return True
    return False
