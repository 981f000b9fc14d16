"""Talks « avec » a list of states: « des négociations sont en cours avec A, B et C », « X négocie avec A et B ».
Told so, they are talks of the one who conducts them with each state listed, one pair at a time (the three are no
table of four), unless the sentence says they are held all together (« trilatérales »). The one who conducts
them is the side the sentence names besides the list, else the state of whoever says so, else the state the
article is about (kg.extract.talk_parties.unsaid_side)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.one_by_one import told_held
from kg.extract.syntax import Sentence, governing_case
from kg.extract.talk_parties import unsaid_side
from kg.records import Attribution, Claim, Entity


def _listed(ctx: Context, sentence: Sentence, trigger: Token, sides: list[Entity]) -> list[Entity]:
    """The sides of the talks named « avec » after the trigger (the parser may hang them on « en cours »), each
    once, in their order; a name coordinated on the surface with the one before (« avec A, la B et la C ») is of
    the list even when the parser hangs it elsewhere."""
    listed: list[Entity] = []
    last = -1
    for mention in sentence.mentions:
        if mention.how != gz.NAME or mention.start < trigger.i:
            continue
        if governing_case(sentence, mention, trigger) != "avec" and not _coordinated(sentence, last, mention.start):
            continue
        last = mention.end
        listed += [s for s in states(ctx, [ctx.actor(mention)]) if s.cls == "State"
                   and any(s.key == e.key for e in sides) and all(s.key != e.key for e in listed)]
    return listed


def _coordinated(sentence: Sentence, end: int, start: int) -> bool:
    """Only commas, « et » and determiners between the end of the name before (-1: none) and a name."""
    return end >= 0 and start > end and all(
        t.text in (",", "et") or t.pos_ == "DET" for t in sentence.doc[end:start])


def each_listed(ctx: Context, sentence: Sentence, trigger: Token, claim: Claim,
                said: Attribution) -> tuple[Claim, ...] | None:
    """The talks with each state of a list « avec » (see the module), or None when the talks name no such list."""
    sides = claim.fact.get("participant")
    if told_held(sentence, "group") or len(listed := _listed(ctx, sentence, trigger, sides)) < 2:
        return None
    keys = {s.key for s in listed}
    others = [s for s in sides if s.key not in keys]
    conductors = others if others else [s for s in unsaid_side(ctx, said) if s.key not in keys]
    if len(conductors) != 1 or conductors[0].cls != "State":
        return None
    fact = replace(claim.fact, roles=tuple((r, e) for r, e in claim.fact.roles if r != "participant"))
    return tuple(replace(claim, fact=fact.with_roles("participant", [conductors[0], other]), one_of=True)
                 for other in listed)
