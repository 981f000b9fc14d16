"""Agreements: who signs or agrees with whom, on what, for how much."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.context import Context, pair_in, states
from kg.extract.lexicon import Trigger
from kg.extract.syntax import DEFINITE, Sentence
from kg.records import Attribution, Claim, Fact


def build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
          said: Attribution) -> Claim | None:
    parties = [ctx.actor(m) for m in args.agents + args.partners]
    if len(parties) <= 1 and not args.agents:
        parties += args.implicit  # « Cet accord conclu avec la France » after « la Norvège a annoncé... »
    noun = trigger.lemma_.lower() if trigger.pos_ == "NOUN" else None
    # « cet accord », « le contrat »: a definite agreement noun refers to the one named before
    definite = noun is not None and any(t.lower_ in DEFINITE and t.dep_ == "det" and t.head.lemma_.lower() == noun
                                        for t in sentence.span)
    fact = Fact("agreement", (sentence.evidence(),), said, amounts=tuple(a for _, a in args.amounts[:1]),
                attrs=(("object", noun),) if noun else ())
    # the parties are states, companies or bodies; a signatory whose side is unknown is no party
    sides = [p for p in states(ctx, parties) if p.cls != "Person"]
    return Claim(fact.with_roles("party", sides),
                 pair_reference=not parties and pair_in(sentence, trigger), definite=definite)
