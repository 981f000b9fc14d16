"""Agreements: who signs or agrees with whom, on what, for how much."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.context import Context, pair_in, states
from kg.extract.lexicon import Trigger
from kg.extract.syntax import Sentence
from kg.records import Fact, Modality


def build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
          modality: Modality) -> Fact | None:
    fact = Fact("agreement", [sentence.evidence()], modality)
    parties = [ctx.actor(m) for m in args.agents + args.partners]
    if len(parties) <= 1 and not args.agents:
        parties += args.implicit  # « Cet accord conclu avec la France » after « la Norvège a annoncé... »
    if not parties and pair_in(sentence, trigger):
        talks = ctx.last("negotiation")
        parties = list(talks.roles.get("participant", [])) if talks else []
    for party in states(ctx, parties):
        fact.add("party", party)
    fact.amounts.extend(amount for _, amount in args.amounts[:1])
    fact.detail = trigger.lemma_.lower() if trigger.pos_ == "NOUN" else None
    return fact
