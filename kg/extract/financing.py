"""Financing: who pays, lends or guarantees how much, for whom."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.lexicon import Trigger
from kg.extract.syntax import Sentence
from kg.records import Fact, Modality

# When one sentence holds several financing words, the most specific kind wins (« garantirait un prêt »).
KIND_RANK = ("guarantee", "loan", "purchase", "contribution", "grant")


def build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
          modality: Modality) -> Fact | None:
    if not args.amounts:
        return None
    fact = Fact("financing", [sentence.evidence()], modality, detail=entry.detail)
    for funder in states(ctx, [ctx.actor(m) for m in args.agents] or args.implicit):
        fact.add("funder", funder)
    for recipient in states(ctx, [ctx.actor(m) for m in args.recipients]):
        if all(recipient.key != f.key for f in fact.roles.get("funder", [])):
            fact.add("recipient", recipient)
    fact.amounts.append(min(args.amounts, key=lambda pair: pair[0])[1])
    return fact
