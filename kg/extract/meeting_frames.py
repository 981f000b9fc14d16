"""Frames of a meeting: « à la rencontre de X » as a meeting with X, a visit « en marge de » which another meeting is
told as no talks with the host, and the city of a state's mission as no place a visit goes to."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import SUBJECTS, Sentence, case_of
from kg.records import Entity


def gone_to_meet(ctx: Context, sentence: Sentence, trigger: Token, explicit: list[Entity]) -> list[Entity]:
    """« À la rencontre du président X, le ministre Y a rappelé ... », « Y est allé à la rencontre de X »: the
    subject of the clause the phrase hangs on meets the one named in it."""
    verb = trigger.head
    if trigger.lemma_.lower() != "rencontre" or case_of(trigger) != "à" or verb.pos_ != "VERB" or \
            not trigger.dep_.startswith("obl") or not any(d.lower_ == "la" for d in trigger.children) or \
            len(states(ctx, explicit)) != 1:
        return []
    met = [c for c in trigger.children if c.dep_ == "nmod" and case_of(c) in DE_CASES]
    sides = [c for c in verb.children if c.dep_ in SUBJECTS] + met
    return [e for c in sides for e in ctx.resolve(sentence, c) if e not in explicit]


def frames_another_meeting(ctx: Context, sentence: Sentence, trigger: Token, hosts: list[Entity]) -> bool:
    """« En marge de sa visite à Moscou, A a rencontré B », B of a state other than the host: the visit only
    frames the meeting told by the verb (its venue may stay), it makes no talks with the host."""
    frame = trigger.head
    if frame.lemma_.lower() != "marge" or case_of(trigger) not in DE_CASES or frame == trigger:
        return False
    verb = frame.head  # the parser may hang the frame on the subject: « En marge de ..., le ministre X a rencontré »
    if verb.dep_ in SUBJECTS and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_list("meeting-verbs.tsv"):
        return False
    met = [c for c in verb.children if c.dep_ == "obj" or (c.dep_.startswith("obl") and case_of(c) == "avec")]
    met_states = [e for c in met for e in states(ctx, ctx.resolve(sentence, c)) if e.cls == "State"]
    return bool(met_states) and all(e.key not in {h.key for h in hosts} for e in met_states)


_MISSIONS = frozenset({"ambassade", "consulat"})


def mission_seat(sentence: Sentence, place: Mention) -> bool:
    """« la mort dans le consulat turc à V », « l'ambassade à V »: the city a state's mission is in is told to place the
    mission, not where the visit goes."""
    doc = sentence.doc
    at = place.start - 1  # the case word
    if at - 1 < sentence.span.start or doc[at].lower_ not in {"à", "a"}:
        return False
    before = doc[at - 1]
    if before.lemma_.lower() not in _MISSIONS and at - 2 >= sentence.span.start and \
            (demonym := sentence.mention_at(before)) is not None and demonym.how == gz.DEMONYM:
        before = doc[at - 2]  # « le consulat turc à V »
    return before.lemma_.lower() in _MISSIONS
