"""Negotiations: who talks to whom, where (confirmed, reported or only considered), when."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, pair_in, states
from kg.extract.lexicon import Trigger
from kg.extract.mentions import Mention
from kg.extract.syntax import SUBJECTS, Sentence, mention_root
from kg.records import ASSERTED, DENIED, POSSIBLE, REPORTED, Fact, Modality


def _subject_above(sentence: Sentence, mention: Mention, trigger: Token) -> bool:
    root = mention_root(sentence, mention)
    return root.dep_ in SUBJECTS and (root.head == trigger or root.head.is_ancestor(trigger))


VENUE_STATUS = {ASSERTED: "confirmed", REPORTED: "reported", POSSIBLE: "considered", DENIED: "rejected"}


def build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
          modality: Modality) -> Fact | None:
    fact = Fact("negotiation", [sentence.evidence()], modality)
    if entry.detail == "host":
        # « Vienne est pressentie pour les accueillir »: the city that hosts is the venue of the talks already
        # named, not a side of them
        hosts = [m for m in sentence.mentions
                 if m.how in {gz.CITY, gz.CAPITAL} and _subject_above(sentence, m, trigger)]
        args.places.extend(h for h in hosts if h not in args.places)
    elif entry.detail == "meet" and not any(m.how == "person" for m in args.partners):
        return None  # « a reçu des drones » is no meeting; « a reçu son homologue turc » is
    else:
        _add_participants(ctx, sentence, trigger, args, fact)
    for place in args.places:
        venue = Fact("venue", [sentence.evidence()], modality, detail=VENUE_STATUS[modality.value])
        venue.add("place", place.entity)
        fact.parts.append(venue)
    if args.dates:
        fact.start = args.dates[0].first
        fact.end = args.dates[0].last
    return fact


def _add_participants(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, fact: Fact) -> None:
    explicit = [ctx.actor(m) for m in args.agents + args.partners]
    if len(explicit) <= 1 and not args.agents:
        explicit += args.implicit  # « le Kremlin a annoncé des négociations avec l'Ukraine »
    if not explicit and pair_in(sentence, trigger):
        previous = ctx.last("negotiation")
        explicit = list(previous.roles.get("participant", [])) if previous else []
    for participant in states(ctx, explicit):
        fact.add("participant", participant)
