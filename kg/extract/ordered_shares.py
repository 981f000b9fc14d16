"""An order counted out to its buyers: « la commande de blindés W1 à X, de canons W2 à Y ou encore de W3 à Z » names
no buyer of its own but the states its goods go to, each after its goods (or sharing those before: « la commande de
chars W à X et à Y »); each is one deal, between that state and
the maker of its own goods, and the states are no parties to each other. Goods several firms make go with the one of
them that alone makes the goods of another share (the firm whose orders the sentence counts out)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.context import Context
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence
from kg.records import Entity


def ordered_shares(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments,
                   buyers: list[Entity]) -> list[list[Entity]] | None:
    """The sides of each deal an order with no buyer counts out to two states or more, each after its goods (a
    state whose goods have no one maker known gives none); None where the order is not so told."""
    if trigger.pos_ != "NOUN" or args.agents or buyers:
        return None
    takers = sorted((m for m in args.recipients if ctx.actor(m).cls == "State"), key=lambda m: m.start)
    if len({ctx.actor(m).key for m in takers}) < 2 or len(takers) != len(args.recipients):
        return None
    shares: list[tuple[Mention, list[Mention]]] = []
    after = trigger.i
    for taker in takers:
        # « la commande de chars W à X et à Y »: the goods of the state before
        goods = [w for w in args.weapons if after <= w.start < taker.start] or (shares[-1][1] if shares else [])
        if not goods:
            return None
        shares.append((taker, goods))
        after = taker.end
    makers = [{m.key: m for w in goods for m in ctx.makers(ctx.actor(w))} for _, goods in shares]
    sole = {k for found in makers if len(found) == 1 for k in found}
    sides: list[list[Entity]] = []
    for (taker, _), found in zip(shares, makers, strict=True):
        # goods several firms make: the one maker the other shares of the same order name is the seller
        kept = found if len(found) == 1 else {k: m for k, m in found.items() if k in sole}
        if len(kept) == 1:
            sides.append([ctx.actor(taker), *kept.values()])
    return sides
