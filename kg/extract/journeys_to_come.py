"""Talks or a trip still to come (journey_to_come): talks that are the purpose of a journey told in the future or as
awaited (« se rendra demain à Lima pour discuter »), a trip itself told so (« effectuera une visite à Lima »), talks
dated « d'ici »; for kg.extract.negotiation."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import triggers, word_list
from kg.extract.syntax import case_of


def journey_to_come(trigger: Token) -> bool:
    """« se rendra demain à Lima pour discuter », « ira à Lima pour des entretiens »: talks that are the purpose of
    a journey still to come are not held yet; so is a trip itself told in the future or as awaited (« enverra une
    délégation à Lima », « est attendu lundi à Lima », « effectuera une visite à Lima »)."""
    goes = trigger.head
    for _ in range(2):  # « est attendu lundi à Lima pour des entretiens »: the parser hangs them on a noun before
        goes = goes.head if goes.pos_ in {"NOUN", "PROPN"} and goes.head != goes else goes
    purpose = case_of(trigger) == "pour" or (trigger.dep_ in {"advcl", "xcomp"} and any(
        c.dep_ == "mark" and c.lower_ == "pour" for c in trigger.children))
    # « effectuera une visite », « ouvrira la voie pour la visite »: a visit a future verb makes or prepares
    verb = trigger.head.head if trigger.head.pos_ == "NOUN" and trigger.head.dep_ == "obj" else trigger.head
    visit = trigger.pos_ == "NOUN" and (trigger.dep_ == "obj" or case_of(trigger) == "pour") and \
        "Tense=Fut" in str((trigger.head if trigger.dep_ == "obj" else verb).morph) and any(
        e.detail in {"visit", "stay"} for e in triggers().get((trigger.lemma_.lower(), "NOUN"), []))
    return visit or _by_then(trigger) or _trip_to_come(trigger, trips_only=True) or (
        purpose and goes != trigger and _trip_to_come(goes))


def _by_then(trigger: Token) -> bool:
    """« la visite du ministre d'ici fin novembre »: a noun of talks dated « d'ici » (by a time still to come)."""
    return trigger.pos_ == "NOUN" and any(t.lower_ == "ici" and t.i and t.doc[t.i - 1].lower_ in {"d'", "d\u2019"}
                                          for t in trigger.subtree)


def _trip_to_come(verb: Token, trips_only: bool = False) -> bool:
    """A verb of going or sending (a trip's trigger, or of talk-verbs.tsv) in the future, or one of awaiting."""
    lemma = verb.lemma_.lower()
    trip = any(e.detail == "trip" for e in triggers().get((lemma, "VERB"), []))
    return verb.pos_ in {"VERB", "AUX"} and (trip or (not trips_only and lemma in word_list("talk-verbs.tsv"))) \
        and ("Tense=Fut" in str(verb.morph) or lemma in word_list("upcoming.tsv"))
