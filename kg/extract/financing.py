"""Financing: who pays, lends or guarantees how much, for whom."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.lexicon import Trigger, word_list
from kg.extract.syntax import Sentence, mention_root
from kg.records import Attribution, Claim, Fact

_RECEIVING = {"obtenir", "recevoir", "décrocher", "toucher"}


def build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
          said: Attribution) -> Claim | None:
    if not args.amounts or _business_result(trigger):
        return None
    funders = states(ctx, [ctx.actor(m) for m in args.agents] or args.implicit)
    recipients = [r for r in states(ctx, [ctx.actor(m) for m in args.recipients])
                  if all(r.key != f.key for f in funders)]
    if trigger.pos_ != "VERB" and trigger.dep_ == "obj" and trigger.head.lemma_.lower() in _RECEIVING:
        # « X obtient un prêt britannique »: the subject receives; the demonym of the loan or « de Y » gives
        lenders = [m.state for m in sentence.mentions if m.state is not None
                   and mention_root(sentence, m).head == trigger and mention_root(sentence, m).dep_ == "amod"]
        lenders = states(ctx, lenders) or states(ctx, [ctx.actor(m) for m in args.of])
        recipients = [f for f in funders if all(f.key != g.key for g in lenders)]
        funders = lenders
    # « augmenter de 10 milliards ... pour atteindre 60 milliards »: every sum the trigger governs, in order
    amounts = tuple(dict.fromkeys(a for _, a in sorted(args.amounts, key=lambda p: p[0])))
    fact = Fact("financing", (sentence.evidence(),), said, amounts=amounts,
                attrs=(("financing_kind", entry.detail),) if entry.detail else ())
    return Claim(fact.with_roles("funder", funders).with_roles("recipient", recipients))


def _business_result(trigger: Token) -> bool:
    """« les bénéfices s'élèvent à X », « le dividende versé aux actionnaires »: the trigger tells of what a company
    earns or pays its owners (its subject or object, or the noun it describes, is a business metric)."""
    metrics = word_list("business-metrics.tsv")
    told = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubj:pass", "obj"}]
    if trigger.dep_ == "acl":
        told.append(trigger.head)
    return any(t.lemma_.lower() in metrics for noun in told for t in (noun, *noun.conjuncts))
