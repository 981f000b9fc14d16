"""What the dependency parse says around one trigger: agents, partners, recipients, places, weapons, money, dates."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.dates import DateSpan
from kg.extract.lexicon import Trigger
from kg.extract.mentions import Mention
from kg.extract.syntax import (
    ADVERSARY,
    AGENT,
    PARTNER,
    PLACE,
    RECIPIENT,
    SOURCE,
    ResolveFn,
    Sentence,
    implicit_agents,
    predicate_of,
    relation,
)
from kg.records import Amount, Entity

_ACTOR_KINDS = {gz.NAME, gz.CAPITAL, gz.DEMONYM, gz.BODY, gz.ORGANISATION, gz.COMPANY, gz.PERSON, "ner-org"}
_SPECIFIC = {gz.COMPANY, gz.PERSON, gz.ORGANISATION, gz.BODY, "ner-org"}


@dataclass
class Arguments:
    agents: list[Mention] = field(default_factory=list)
    partners: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    sources: list[Mention] = field(default_factory=list)
    weapons: list[Mention] = field(default_factory=list)
    amounts: list[tuple[int, Amount]] = field(default_factory=list)  # token position, amount
    dates: list[DateSpan] = field(default_factory=list)
    implicit: list[Entity] = field(default_factory=list)  # agents inherited from a governing clause


def _head_noun(sentence: Sentence, mention: Mention) -> Token:
    root = mention.span(sentence.doc).root
    return root.head if root.dep_ in {"amod", "appos", "flat:name", "nmod"} and root.head.pos_ == "NOUN" else root


def _drop_attributes(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """« le fabricant allemand Diehl Defence »: the demonym describes the company, it is no actor of its own."""
    specific_heads = {_head_noun(sentence, m).i for m in mentions if m.how in _SPECIFIC}
    return [m for m in mentions
            if not (m.how == gz.DEMONYM and _head_noun(sentence, m).i in specific_heads)]


def gather(sentence: Sentence, trigger: Token, entry: Trigger, resolve: ResolveFn) -> Arguments:
    args = Arguments()
    buckets = {AGENT: args.agents, PARTNER: args.partners, RECIPIENT: args.recipients, PLACE: args.places,
               SOURCE: args.sources}
    for mention in sentence.mentions:
        first = sentence.doc[mention.start]
        if mention.how not in _ACTOR_KINDS and mention.how not in {gz.CITY}:
            continue
        if sentence.in_money(first):
            continue
        role = relation(sentence, mention, trigger, entry.object_role)
        if role in buckets and role != ADVERSARY:
            buckets[role].append(mention)
    args.agents[:] = _drop_attributes(sentence, args.agents)
    args.partners[:] = _drop_attributes(sentence, args.partners)
    args.recipients[:] = _drop_attributes(sentence, args.recipients)
    predicate = predicate_of(trigger)
    scope = {t.i for t in trigger.subtree}
    if trigger.dep_ == "acl":
        scope |= {t.i for t in trigger.head.subtree}
    if predicate != trigger and trigger.dep_ in {"nsubj", "nsubj:pass", "obj", "conj", "obl:arg"}:
        scope |= {t.i for t in predicate.subtree if t.dep_ not in {"ccomp", "parataxis"}}
    for mention in sentence.mentions:
        if mention.how == gz.WEAPON and mention.start in scope:
            args.weapons.append(mention)
    for start, end, money in sentence.money:
        if start in scope or (end - 1) in scope:
            args.amounts.append((start, money.amount))
    predicate_scope = {t.i for t in predicate.subtree}
    for start, _end, date in sentence.dates:
        if start in predicate_scope:
            args.dates.append(date)
    if not args.agents:
        args.implicit = implicit_agents(sentence, trigger, resolve)
    return args
