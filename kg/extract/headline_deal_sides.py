"""The sides a headline gives a deal: « X : contrat de 10 ans avec Y »."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.syntax import ACTOR_KINDS, Sentence, case_of, mention_root
from kg.records import Entity


def headline_sides(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X : contrat de 10 ans avec Y »: a headline that opens on an actor and a colon before the deal names a
    side; « avec Y » after the deal, wherever the parser hangs it, the other."""
    doc = sentence.doc
    first = sentence.mention_at(doc[sentence.span.start])
    if trigger.pos_ != "NOUN" or first is None or first.how not in ACTOR_KINDS or first.end + 1 != trigger.i \
            or doc[first.end].text != ":":
        return []
    others = [m for m in sentence.mentions if m.start > trigger.i and m.how in ACTOR_KINDS
              and case_of(mention_root(sentence, m)) == "avec"]
    return [ctx.actor(m) for m in [first, *others]]
