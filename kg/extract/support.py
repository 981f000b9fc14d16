"""Military support: which state supplies, funds, buys for, trains or produces for which, with which system."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.lexicon import Trigger, role_cases
from kg.extract.syntax import SUBJECTS, Sentence, governing_case, mention_root, predicate_of
from kg.records import Attribution, Claim, Entity, Fact


def _recipients_of_participle(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« L'armée polonaise utilise des chars livrés par l'Allemagne »: the subject of the clause that holds the
    supplied thing receives it."""
    participle = "VerbForm=Part" in str(trigger.morph) and not any(c.dep_.startswith("aux") for c in trigger.children)
    if not participle or trigger.dep_ not in {"acl", "xcomp", "advcl"}:
        return []
    verb = predicate_of(trigger.head) if trigger.dep_ == "acl" else trigger.head
    return [e for child in verb.children if child.dep_ in SUBJECTS for e in ctx.resolve(sentence, child)]


BUY = "buy-for"


def build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
          said: Attribution) -> Claim | None:
    kind = entry.detail
    suppliers = states(ctx, [ctx.actor(m) for m in args.agents] or args.implicit)
    recipients = states(ctx, [ctx.actor(m) for m in args.recipients]
                        or _recipients_of_participle(ctx, sentence, trigger))
    if entry.detail == "receive" and any(m.how == "person" for m in args.agents + args.partners):
        return None  # « a reçu son homologue » is a meeting, not a delivery
    if entry.detail == "receive":
        # « Vientiane a reçu de la Chine des hélicoptères »: the subject receives, « de X » supplies
        recipients, suppliers = suppliers, states(ctx, [ctx.actor(m) for m in args.of])
        kind = "deliver"
        if not recipients:
            return None  # the receiver is the subject; when it is lost, no other recipient may be guessed
    if entry.detail == BUY:
        # « acheter des obus pour l'Ukraine »: the buyer supports the beneficiary; « commander des avions à la
        # France »: the seller supplies the buyer; a purchase for oneself is no support (no recipient).
        sellers = [m for m in args.recipients if trigger.is_ancestor(mention_root(sentence, m))
                   and governing_case(sentence, m, trigger) in role_cases("seller")]
        if sellers:
            buyers = suppliers
            suppliers = states(ctx, [ctx.actor(m) for m in sellers])
            beneficiaries = states(ctx, [ctx.actor(m) for m in args.recipients if m not in sellers])
            recipients = beneficiaries or buyers
            kind = "sell" if not beneficiaries else BUY
    fact = Fact("support", (sentence.evidence(),), said, attrs=(("support_kind", kind),) if kind else ())
    return Claim(fact.with_roles("supporter", suppliers)
                 .with_roles("recipient", [r for r in recipients if all(r.key != s.key for s in suppliers)])
                 .with_roles("weapon", [w.entity for w in args.weapons]))
