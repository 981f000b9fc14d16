"""Agreements: who signs or agrees with whom, on what, for how much."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, pair_in, states
from kg.extract.lexicon import Trigger, role_cases
from kg.extract.syntax import (
    ACTOR_KINDS,
    DEFINITE,
    SUBJECTS,
    Sentence,
    case_of,
    governing_case,
    mention_root,
    predicate_of,
)
from kg.records import Amount, Attribution, Claim, Entity, Fact

ORDER = "order"
# « X a remporté un contrat de Y », « X a reçu une commande de Y »: the maker that wins and its client
_WINNING = {"remporter", "décrocher", "obtenir", "recevoir", "gagner", "emporter", "rafler"}
_CLIENT_CASES = {"de", "d'", "du", "des", "auprès", "auprès de"}


def _path(token: Token, top: Token) -> list[Token]:
    path = [token]
    while path[-1] != top and path[-1].head != path[-1]:
        path.append(path[-1].head)
    return path[:-1]


def _won(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """The winner of a contract or an order and the client it wins it from: both are parties."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "obj" or trigger.head.lemma_.lower() not in _WINNING:
        return []
    winners = [e for c in trigger.head.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)]
    clients = []
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        if mention.how in ACTOR_KINDS - {gz.PERSON, gz.DEMONYM} and trigger.is_ancestor(root) \
                and (case_of(root) in _CLIENT_CASES or root.head.lower_ == "auprès") \
                and not any(case_of(t) in role_cases("recipient") for t in _path(root, trigger)):
            clients.append(ctx.actor(mention))
    return winners + clients if winners and clients else []


def _sum_of_subject(sentence: Sentence, trigger: Token) -> tuple[Amount, ...]:
    """« Le contrat est évalué à 2 milliards », « le montant de la commande s'élève à ... »: a deal that is
    the subject of its clause costs the sum the clause gives."""
    path = [trigger, *_path(trigger.head, predicate_of(trigger))] if trigger.head != trigger else [trigger]
    if path[-1].dep_ not in SUBJECTS or path[-1].head != predicate_of(trigger):
        return ()
    clause = {t.i for t in predicate_of(trigger).subtree}
    return tuple(money.amount for start, _end, money in sentence.money if start in clause and not money.conversion)


def _order_sides(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[Entity] | None:
    """« X a commandé des avions à Y »: the buyer and the seller are parties; an order with no seller named is
    a purchase, not an agreement (None)."""
    sellers = [m for m in args.recipients if governing_case(sentence, m, trigger) in role_cases("seller")]
    if not sellers:
        return None
    return [ctx.actor(m) for m in args.agents] + [ctx.actor(m) for m in sellers]


def build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
          said: Attribution) -> Claim | None:
    noun = trigger.lemma_.lower() if trigger.pos_ == "NOUN" else None
    # « cet accord », « le contrat »: a definite agreement noun refers to the one named before
    definite = noun is not None and any(t.lower_ in DEFINITE and t.dep_ == "det" and t.head.lemma_.lower() == noun
                                        for t in sentence.span)
    parties = [ctx.actor(m) for m in args.agents + args.partners]
    won = _won(ctx, sentence, trigger)
    if won:
        parties = won
    elif entry.detail == ORDER:
        ordered = _order_sides(ctx, sentence, trigger, args)
        if ordered is None and not definite:
            return None  # « X a commandé des avions »: a purchase, told as a support
        parties = ordered or []
    if len(parties) <= 1 and not args.agents:
        parties += args.implicit  # « Cet accord conclu avec la France » after « la Norvège a annoncé... »
    amounts = tuple(a for _, a in args.amounts[:1]) or (_sum_of_subject(sentence, trigger)[:1] if definite else ())
    fact = Fact("agreement", (sentence.evidence(),), said, amounts=amounts,
                attrs=(("object", noun),) if noun else ())
    # the parties are states, companies or bodies; a signatory whose side is unknown is no party
    sides = [p for p in states(ctx, parties) if p.cls != "Person"]
    return Claim(fact.with_roles("party", sides),
                 pair_reference=not parties and pair_in(sentence, trigger), definite=definite)
