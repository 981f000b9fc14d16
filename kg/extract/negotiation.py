"""Negotiations: who talks to whom, where (confirmed, reported or only considered), when."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, pair_in, states
from kg.extract.lexicon import Trigger
from kg.extract.mentions import Mention
from kg.extract.syntax import SUBJECTS, Sentence, mention_root
from kg.kinds import VENUE_STATUS
from kg.records import Attribution, Claim, Fact


def _subject_above(sentence: Sentence, mention: Mention, trigger: Token) -> bool:
    root = mention_root(sentence, mention)
    return root.dep_ in SUBJECTS and (root.head == trigger or root.head.is_ancestor(trigger))


def build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
          said: Attribution) -> Claim | None:
    host = entry.detail == "host"
    places = list(args.places)
    if host:
        # « Vienne est pressentie pour les accueillir »: the city that hosts is the venue of the talks already
        # named, not a side of them
        places += [m for m in sentence.mentions if m.how in {gz.CITY, gz.CAPITAL}
                   and _subject_above(sentence, m, trigger) and m not in places]
    elif entry.detail == "meet" and not any(m.how == "person" for m in args.partners):
        return None  # « a reçu des drones » is no meeting; « a reçu son homologue turc » is
    explicit = [] if host else [ctx.actor(m) for m in args.agents + args.partners]
    if not host and len(explicit) <= 1 and not args.agents:
        explicit += args.implicit  # « le Kremlin a annoncé des négociations avec l'Ukraine »
    pair = not host and not explicit and pair_in(sentence, trigger)
    evidence = (sentence.evidence(),)
    venues = tuple(Fact("venue", evidence, said, (("place", p.entity),),
                        attrs=(("venue_status", VENUE_STATUS[said.modality]),)) for p in places)
    when = args.dates[0] if args.dates else None
    fact = Fact("negotiation", evidence, said, parts=venues, start=when.first if when else None,
                end=when.last if when else None)
    return Claim(fact.with_roles("participant", states(ctx, explicit)), pair_reference=pair)
