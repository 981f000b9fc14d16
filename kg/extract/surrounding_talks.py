"""Talks told by what surrounds them, no verb of talking: an arrival, a trip, an event, a meeting held somewhere,
the hosts listed after (press talks, signings and handovers in their own modules), keyed by a trigger's detail."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, is_pair_reference
from kg.extract.handed_talks import ceremony_talks, handed_over
from kg.extract.lexicon import role_cases, word_list
from kg.extract.press_talks import press_talks
from kg.extract.signed_talks import signed_talks
from kg.extract.syntax import (
    DEFINITE,
    SUBJECTS,
    THIS,
    Sentence,
    case_of,
    mention_root,
    path_up,
)
from kg.extract.talk_claim import talk_claim
from kg.extract.talk_nouns import meeting_nouns
from kg.extract.talk_sides import (
    listed_after,
    talks_pronoun,
    trip_to_address,
    trip_together,
)
from kg.extract.trips import trip_abroad
from kg.records import Attribution, Claim


def _event_told(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, said: Attribution) -> Claim | None:
    """« Ce symposium près de Rennes a pour but ... », « ce séminaire à Lima »: an event named by a demonstrative
    after talks were told is those talks, held in the city it is at or near; an event named otherwise is none."""
    if not any(d.dep_ == "det" and d.lower_ in THIS for d in trigger.children):
        return None
    doc = sentence.doc
    near = [m for m in sentence.mentions if m.how in {gz.CITY, gz.CAPITAL} and (
        root := mention_root(sentence, m)).head == trigger and (case_of(root) in role_cases("place") or (
            root.left_edge.i > sentence.span.start and doc[root.left_edge.i - 1].lower_ == "près"))]
    places = list(args.places) + [m for m in near if m not in args.places]
    return talk_claim(ctx, sentence, [], args, said, places, pair=True) if places else None


def _arrival(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, said: Attribution) -> Claim | None:
    """« les avions des deux dirigeants ont atterri à Anchorage »: where the two sides of the talks under way
    arrive is where the talks are held; anyone else's arrival is no talks."""
    subjects = [c for c in trigger.children if c.dep_ in SUBJECTS]
    arrived = [m for m in sentence.mentions if m.how in {gz.CITY, gz.CAPITAL}
               and case_of(root := mention_root(sentence, m)) in role_cases("place")
               and path_up(root, trigger) is not None and not any(root in s.subtree for s in subjects)]
    if not arrived or not any(is_pair_reference(t) for s in subjects for t in s.subtree):
        return None
    return talk_claim(ctx, sentence, [], args, said, arrived, pair=True)


def _trip(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, said: Attribution) -> Claim | None:
    """A trip two sides make together, or one made to address an official of another state, held where it goes."""
    sides = trip_together(ctx, sentence, trigger, args) or trip_to_address(ctx, sentence, trigger, args)
    if sides is None and (abroad := trip_abroad(ctx, sentence, trigger, args)) is not None:
        return talk_claim(ctx, sentence, list(abroad), args, said, inherited=[abroad[1]])
    if sides is None:
        return None
    # « à Limours », « sur le site de l'usine à Limours »: the town the trip goes to, or the one of its site
    gone = [m for m in sentence.mentions if m.how in {gz.CITY, gz.CAPITAL} and case_of(
        root := mention_root(sentence, m)) in role_cases("place") and (root.head == trigger or (
            root.head.head == trigger and root.head.dep_.startswith("obl")))]
    return talk_claim(ctx, sentence, sides, args, said, list(args.places) + [m for m in gone if m not in args.places])


def _held(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, said: Attribution) -> Claim | None:
    """« Les pourparlers se sont ouverts lundi. Ils se tiennent à Doha », « ... La réunion s'est tenue à Caracas »:
    talks told before, named by a pronoun after a sentence about them or by a definite noun of talks that names no
    side, are held where the verb of their taking place puts them."""
    subject = next((c for c in trigger.children if c.dep_ in SUBJECTS), None)
    if subject is None or not (talks_pronoun(sentence, subject) or (
            subject.lemma_.lower() in meeting_nouns() and any(d.dep_ == "det" and d.lower_ in DEFINITE
                                                           for d in subject.children)
            and not any(c.dep_ in {"nmod", "acl", "acl:relcl"} for c in subject.children))):  # « du conseil »
        return None
    if any(c.dep_ == "amod" and c.lemma_.lower() in word_list("upcoming.tsv") for c in subject.children):
        return None  # « la prochaine réunion se tiendra à X »: another meeting than the talks told before
    places = [m for m in args.places if m.how in {gz.CITY, gz.CAPITAL, gz.NAME}]
    return talk_claim(ctx, sentence, [], args, said, places, pair=True) if places else None


def _listed(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments,
            said: Attribution) -> tuple[Claim, ...] | None:
    """« X a reçu plusieurs ambassadeurs. Il s'agit de ... »: talks of the host with each state listed, apart."""
    found = listed_after(ctx, sentence, trigger)
    if found is None:
        return None
    host, listed = found
    return tuple(replace(talk_claim(ctx, sentence, [host, other], args, said, []), one_of=True) for other in listed)


TOLD_APART = {"arrive": _arrival, "trip": _trip, "event": _event_told, "held": _held, "listed": _listed,
               "press": press_talks, "sign": signed_talks, "handover": handed_over, "ceremony": ceremony_talks}
