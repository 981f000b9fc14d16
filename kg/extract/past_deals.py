"""Deals of the past told in the background: « Un premier contrat avait été conclu en 2009 pour ... »: a deal
told in the pluperfect, in a main clause of its own (not under a verb of saying: « X a annoncé qu'un contrat avait
été signé la veille » tells the story's deal), is history set behind the story. With no side of its own in its
sentence, the states named close by are not its sides (kg.extract.deal_story)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.tense import is_pluperfect

_HELD = {"nsubj:pass", "obj", "nsubj"}  # how the verb of signing holds the deal noun


def told_before(trigger: Token) -> bool:
    """The deal noun's verb (or the verb trigger) is in the pluperfect, the main verb of its sentence."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in _HELD else trigger
    if verb.pos_ != "VERB" or "VerbForm=Part" not in str(verb.morph):
        return False
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    return main and is_pluperfect(verb)
