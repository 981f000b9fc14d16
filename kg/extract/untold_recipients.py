"""A supply's recipient its phrase does not name (untold_recipients): a relative's dative pronoun (« une frégate qui
lui sera fournie »), the state a unit benefits belongs to (« au profit de la 3e compagnie »), the one the headline
gives the article's gifts to; for kg.extract.support."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.syntax import SUBJECTS, Sentence
from kg.records import Entity

_FOR_BENEFIT = "profit"  # « au profit de »


def unit_beneficiary(ctx: Context, sentence: Sentence, trigger: Token, suppliers: list[Entity]) -> list[Entity]:
    """« X a fourni des camions au profit de la 3e compagnie d'une ville »: a supply for the benefit of a unit or
    body that names no state goes to the state the article is about (not to the supplier itself)."""
    benefit = [c for c in trigger.children if c.lemma_.lower() == _FOR_BENEFIT and c.dep_.startswith("obl")]
    if not benefit or not suppliers or any(
            (m := sentence.mention_at(t)) is not None and m.how in {gz.NAME, gz.DEMONYM, gz.CAPITAL, gz.BODY}
            for t in benefit[0].subtree):
        return []
    return [lead] if (lead := for_whom(ctx, suppliers)) is not None else []


def untold_recipients(ctx: Context, sentence: Sentence, trigger: Token, suppliers: list[Entity],
                      kind: str | None) -> list[Entity]:
    """A supply's recipient its phrase does not name: a relative's dative pronoun, the state a unit benefits
    belongs to, the one the headline gives the article's gifts to."""
    return relative_dative(ctx, sentence, trigger, suppliers) or unit_beneficiary(ctx, sentence, trigger, suppliers) \
        or gift_for(ctx, suppliers, kind)


def relative_dative(ctx: Context, sentence: Sentence, trigger: Token, suppliers: list[Entity]) -> list[Entity]:
    """« X a choisi une frégate qui lui sera fournie par Y »: the dative pronoun of a supply verb in a relative
    clause stands for the subject of the verb whose object the relative qualifies."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "acl:relcl" or trigger.head.dep_ != "obj" or not any(
            c.dep_ == "iobj" and c.pos_ == "PRON" and c.lower_ in _DATIVES for c in trigger.children):
        return []
    verb = trigger.head.head
    for _ in range(3):  # « qui a choisi sans appel d'offre une frégate qui lui ... »: past a misparsed complement
        if verb.head == verb or any(c.dep_ in SUBJECTS for c in verb.children):
            break
        verb = verb.head
    holders = [e for c in verb.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)]
    return [h for h in states(ctx, holders) if h.cls == "State" and all(h.key != s.key for s in suppliers)]


_DATIVES = {"lui", "leur"}
_GIVEN = {"deliver", "sell"}  # a gift or a sale: what the headline says things are for receives them


def gift_for(ctx: Context, suppliers: list[Entity], kind: str | None) -> list[Entity]:
    """« Ce don, offert par X, ... » under a headline « Remise de matériel au profit des forces armées Y »: a gift
    that names no recipient goes to whom the headline says the article's gifts are for."""
    gift = ctx.headline_beneficiary() if kind in _GIVEN else None
    return [gift] if suppliers and gift is not None and all(gift.key != s.key for s in suppliers) else []


def for_whom(ctx: Context, suppliers: list[Entity]) -> Entity | None:
    """The state the article's gifts are for: the one its headline says they are for (« au profit des forces
    armées X »), else the state the article is about, never a supplier."""
    for lead in (ctx.headline_beneficiary(), ctx.lead_actor()):
        if lead is not None and lead.cls == "State" and all(lead.key != s.key for s in suppliers):
            return lead
    return None
