"""Talks held one by one: « A a rencontré séparément ses homologues de B et de C », « des entretiens bilatéraux »:
the one who meets several sides talks with each apart, and with all of them together only where the sentence says
so too (« dans le cadre de négociations bilatérales et trilatérales »)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.doc_words import lowers
from kg.extract.lexicon import table
from kg.extract.listed_guests import listed_guests
from kg.extract.syntax import SUBJECTS, Sentence, is_pronoun_subject
from kg.extract.talk_nouns import meeting_nouns
from kg.records import Claim, Entity


def _forms(word: str) -> set[str]:
    """« bilatéral »: bilatérale, bilatéraux, bilatérales too."""
    return {word, word + "e", word + "s", word + "es", word[:-1] + "ux" if word.endswith("l") else word}


def told_held(sentence: Sentence, kind: str) -> bool:
    """The sentence says talks are held that `kind` of way: an adverb anywhere, an adjective on a noun of talks."""
    words = list(lowers(sentence.doc)[sentence.span.start:sentence.span.end])
    for phrase, of_kind in table("one-by-one.tsv"):
        if of_kind != kind:
            continue
        parts = phrase.split()
        if len(parts) > 1:
            if any(words[i:i + len(parts)] == parts for i in range(len(words))):
                return True
        elif parts[0].endswith("ment"):
            if parts[0] in words:
                return True
        elif any((lower in forms or t.lemma_.lower() == parts[0])
                 and (t.head.head if t.dep_ == "conj" else t.head).lemma_.lower() in meeting_nouns()
                 for forms in [_forms(parts[0])] for t, lower in zip(sentence.tokens, words, strict=True)):
            return True
    return False


def _meeting_one(ctx: Context, sentence: Sentence, trigger: Token) -> str | None:
    """The key of the one side that meets the others: the subject of the clause the talks are told in."""
    for token in [trigger, *trigger.ancestors]:
        subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            sides = states(ctx, ctx.resolve(sentence, subject))
            return sides[0].key if len(sides) == 1 else None
    return None


def _untitled_host(ctx: Context, sentence: Sentence, trigger: Token) -> tuple[Entity, bool] | None:
    """The state of the subject of a verb of meeting who is a person or a bare title, and whether it is only the
    state the article is about (no post names one)."""
    subject = next((c for c in trigger.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    resolved = states(ctx, ctx.resolve(sentence, subject))
    if ctx.titled(subject) and not any(sentence.mention_at(t) is not None for t in subject.subtree):
        # « Le président a reçu successivement ... »: a bare title acts for the state the context gives it
        told = [s for s in resolved if s.cls == "State"]
        lead = ctx.lead_actor()
        return (told[0], False) if len(told) == 1 else \
            ((lead, True) if not resolved and lead is not None and lead.cls == "State" else None)
    if any(s.cls != "Person" for s in resolved):
        return None
    people = {m for t in subject.subtree if (m := sentence.mention_at(t)) is not None and m.how == gz.PERSON}
    posted = [s for m in people for s in states(ctx, [ctx.actor(m)]) if s.cls == "State"]
    lead = ctx.lead_actor()
    if posted or not people:
        return (posted[0], False) if posted else None
    return (lead, True) if lead is not None and lead.cls == "State" else None


def met_by_pronoun(trigger: Token) -> bool:
    """« Il a rencontré le ministre de A et celui de B »: the one the pronoun stands for meets them."""
    return trigger.pos_ == "VERB" and any(is_pronoun_subject(c) and c.dep_ in SUBJECTS for c in trigger.children)


def _people_met(ctx: Context, sentence: Sentence, trigger: Token, sides: int) -> bool:
    """« A a rencontré le ministre de B, X, et le ministre de C, Y »: a verb of meeting whose objects are people (or
    officials listed by their titles) of as many states as the sides met, each met in a meeting of their own."""
    if trigger.pos_ != "VERB" or told_held(sentence, "group"):
        return False
    met = {state.key for m in sentence.mentions if m.start > trigger.i and m.how == gz.PERSON
           for state in states(ctx, [ctx.actor(m)])}
    # « a reçu le ministre de B, l'ambassadeur de C et ... »: officials listed by their titles, one audience each
    met |= {state.key for m in listed_guests(ctx, sentence, trigger) for state in states(ctx, [ctx.actor(m)])}
    return len(met) >= sides - 1


def held_apart(ctx: Context, sentence: Sentence, trigger: Token, claim: Claim, meeting: bool = False) \
        -> tuple[Claim, ...]:
    """Talks of one side with two others or more, told as held one by one (or with people of several states met,
    `meeting` a verb of meeting): the talks of each pair (and the talks of all, where the sentence names them too,
    else marked apart); any other talks as they are."""
    sides = claim.fact.get("participant")
    one = _meeting_one(ctx, sentence, trigger)
    if one not in {s.key for s in sides} and meeting and len(sides) >= 2 and (told_held(sentence, "pairs") or \
            _people_met(ctx, sentence, trigger, len(sides) + 1)) and \
            (found := _untitled_host(ctx, sentence, trigger)) is not None:
        # « Le ministre X a reçu successivement l'ambassadeur de B et celui de C »: a host of no state named acts
        # for the state the article is about; with that one among those met, the talks of all are none
        host, lead = found
        if lead and host.key in {s.key for s in sides}:
            return (replace(claim, apart=True),)
        claim = replace(claim, fact=claim.fact.with_roles("participant", [host]))
        sides, one = claim.fact.get("participant"), host.key
    if len(sides) < 3 or not (told_held(sentence, "pairs") or (meeting and _people_met(ctx, sentence, trigger,
                                                                                     len(sides)))):
        return (claim,)
    center = next((s for s in sides if s.key == one), None)
    if center is None:
        return (claim,)
    fact = replace(claim.fact, roles=tuple((r, e) for r, e in claim.fact.roles if r != "participant"))
    pairs = tuple(replace(claim, fact=fact.with_roles("participant", [center, other]), one_of=True)
                  for other in sides if other.key != one)
    # the talks of all stay, to take in what the sentence's other words tell of them, unless told as no talks
    return (replace(claim, apart=not told_held(sentence, "group")), *pairs)
