"""« des armes achetées en Israël », « X a acquis ces radars en France »: the state a purchase is made in sells."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence, case_of, mention_root

_IN = "en"


def bought_in(sentence: Sentence, trigger: Token, buyers: set[str]) -> list[Mention]:
    """The states named by an « en X » hung on a verb of buying or on what it buys (X a state by its name, not a
    city, nor the buyer): where the goods are bought is who sells them."""
    if trigger.pos_ != "VERB":
        return []
    hosts = {trigger.i} | {c.i for c in trigger.children if c.dep_ == "obj"}  # « acheter des obus en X »
    return [m for m in sentence.mentions if m.how == gz.NAME and m.state is not None and m.state.key not in buyers
            and (root := mention_root(sentence, m)).head.i in hosts and case_of(root) == _IN]
