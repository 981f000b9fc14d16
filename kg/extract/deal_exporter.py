"""The exporter an export deal names: « le plus gros contrat d'exportation de l'histoire de Y », « un contrat
d'exportation de Y »: Y sells, a party of the deal."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context, states
from kg.extract.syntax import Sentence, case_of, mention_root
from kg.records import Entity

_EXPORT = {"exportation", "export"}
_OF = {"de", "d'", "d\u2019", "du", "des"}


def exporter_of(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """A state « de » names after « d'exportation » in the deal noun's own phrases (itself or through the noun of a
    record, « de l'histoire de Y »): the exporting side."""
    if trigger.pos_ != "NOUN" or not any(c.dep_ == "nmod" and c.lemma_.lower() in _EXPORT for c in trigger.children):
        return []
    for m in sentence.mentions:
        root = mention_root(sentence, m)
        if m.state is None or root.i <= trigger.i or root.dep_ != "nmod" or case_of(root) not in _OF:
            continue
        head = root.head
        while head != trigger and head.dep_ == "nmod" and head.pos_ == "NOUN":
            head = head.head
        if head == trigger:
            return states(ctx, [ctx.actor(m)])
    return []
