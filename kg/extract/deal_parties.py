"""Parties a deal's sentence gives without naming them beside it: the maker of the systems ordered (« X a commandé
42 avions W »: the order is placed with W's maker, when the story names no seller) and the host of the city a
deal is signed in (« le ministre de X a signé à <capitale de Y> un accord de coopération »: signed with Y)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context
from kg.extract.syntax import Sentence, case_of, mention_root, predicate_of
from kg.records import Entity

_IN = {"à", "au"}


def system_maker(ctx: Context, args: Arguments) -> Entity | None:
    """The one company that makes every system a deal is for, when the reference data (or the article, for a
    system whose maker it names) knows it; none for systems of several makers."""
    found = [ctx.makers(w.entity) for w in args.weapons]
    makers = {m.key: m for ms in found for m in ms}
    return next(iter(makers.values())) if len(makers) == 1 and all(found) else None


def host_of_signing(sentence: Sentence, trigger: Token, sides: list[Entity]) -> Entity | None:
    """« Le ministre de X a signé mardi à <capitale de Y> un accord », « un accord a été signé à <capitale de Y> par
    X »: a deal of one state signed in the capital of another (« à <capitale> » on the deal's verb) is signed with
    that state; not in its own, nor in another city (a neutral venue), nor where an organisation the sentence
    names may be the other side."""
    if len(sides) != 1 or sides[0].cls != "State" or any(m.how == gz.ORGANISATION for m in sentence.mentions):
        return None
    verb = predicate_of(trigger) if trigger.pos_ == "NOUN" else trigger
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        if mention.how == gz.CAPITAL and root.head == verb and case_of(root) in _IN and mention.state is not None \
                and mention.state.key != sides[0].key:
            return mention.state
    return None
