"""« X avance, a déclaré mercredi le ministre de A lors d'une visite en B »: the one who speaks during a visit
abroad is its visitor; the visit is talks between the speaker's state and the state visited."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context, states
from kg.extract.lexicon import words_of_class
from kg.extract.syntax import case_of, predicate_of
from kg.records import Entity

_FRAMES = {"lors de", "lors d'", "au cours de", "au cours d'", "pendant", "durant"}


def spoken_on_visit(ctx: Context, trigger: Token, speakers: list[Entity],
                    hosts: list[Entity]) -> tuple[list[Entity], list[Entity]] | None:
    """The (visitors, hosts) of a visit that frames a verb of saying, its speaker of a state other than the one
    host visited; None when the verb is no verb of saying or the speaker is of no other state."""
    framed = case_of(trigger) in _FRAMES or (trigger.head.lower_ == "lors" and trigger.dep_ == "obl:arg")
    if len(hosts) != 1 or not framed or predicate_of(trigger).lemma_.lower() not in words_of_class("report"):
        return None
    visitors = [s for s in states(ctx, speakers) if s.cls == "State" and s.key != hosts[0].key]
    return (visitors[:1], hosts) if visitors else None
