"""A contract told with the one who won it after it: « le contrat de 2 milliards remporté par X », « la commande
décrochée par X »: the past participle of a verb of winning hung on the deal's noun, its agent « par X » is the
winner, as in « X a remporté le contrat » (kg.extract.awarded_deals), and its client the one supplied or the state
the story is about."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.doc_words import morph_values
from kg.extract.supplied_parties import supplied_to
from kg.extract.syntax import Sentence, case_of
from kg.records import Entity


def won_by(trigger: Token, winning: Collection[str]) -> Token | None:
    """The agent (« par X ») of a past participle of winning hung on the deal's noun `trigger`, None if none."""
    if trigger.pos_ != "NOUN":
        return None
    for participle in trigger.children:
        if participle.dep_ == "acl" and participle.lemma_.lower() in winning and \
                "Part" in morph_values(participle, "VerbForm"):
            return next((c for c in participle.children if c.dep_ == "obl:agent" and case_of(c) == "par"), None)
    return None


def won_passive(ctx: Context, sentence: Sentence, trigger: Token, agent: Token) -> list[Entity]:
    """One firm as the winner of the contract `trigger`, and its client: the one supplied (« pour la fourniture de
    radars à Y »), else the state of the story; none if either is missing."""
    winners = [e for e in ctx.resolve(sentence, agent) if e.cls == "Company"]
    if len({w.key for w in winners}) != 1:  # (« le groupe X », read as two names of one firm)
        return []
    # « pour la livraison de radars à Y » hung on the deal or on the participle
    clients = supplied_to(ctx, sentence, trigger) or supplied_to(ctx, sentence, agent.head) or [
        c for c in [ctx.story_client(sentence, winners[0])] if c is not None]
    return winners[:1] + clients[:1] if clients else []
