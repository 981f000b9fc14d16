"""Talks told as planned in reported speech: « X a déclaré que des pourparlers entre A et B auraient lieu jeudi »,
the conditional of a clause a past reporting verb introduces is the future seen from the past (talks to come),
not the journalistic conditional of unconfirmed news (« les pourparlers auraient eu lieu »); talks a verb tells in
the future are planned too."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.lexicon import modality_class
from kg.extract.syntax import Sentence
from kg.extract.tense import is_future

_ENDINGS = ("rait", "raient")
_FUTURE_ENDING = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")
_THAT = {"que", "qu'"}


def _past_report(verb: Token) -> bool:
    """« a déclaré », « annonçait », « indiqua »: a reporting verb in a past tense."""
    if verb.pos_ != "VERB" or modality_class(verb.lemma_, verb.pos_) != "report":
        return False
    morph = str(verb.morph)
    return "Tense=Imp" in morph or ("Tense=Past" in morph and (
        "VerbForm=Fin" in morph or any(c.dep_ == "aux:tense" for c in verb.children)))


def planned_in_past(sentence: Sentence, trigger: Token) -> bool:
    """Whether the trigger stands in a « que » clause of a past reporting verb before it whose verb, after it, is
    a simple conditional (« aurait lieu », « se tiendraient »; not « aurait eu lieu »)."""
    tokens = list(sentence.tokens)
    at = trigger.i - sentence.span.start
    that = next((i for i in range(at - 1, -1, -1) if tokens[i].lower_ in _THAT), None)
    if that is None or not any(_past_report(t) for t in tokens[:that]):
        return False
    verb = next((t for t in tokens[at + 1:] if t.pos_ in {"VERB", "AUX"} and "VerbForm=Fin" in str(t.morph)), None)
    return verb is not None and verb.lower_.endswith(_ENDINGS) and not verb.dep_.startswith("aux:tense") and \
        not any(c.dep_ == "aux:tense" for c in verb.children) and "Mood=Sub" not in str(verb.morph)


def talks_to_come(trigger: Token) -> bool:
    """« se retrouveront à X en mai », « doivent se revoir », « va s'entretenir avec »: talks a verb tells in the
    future (or after « aller » / « devoir ») are not held yet, only possible; a noun of talks (« les pourparlers se
    tiendront ») is left to the verb of its taking place."""
    tagged = "Tense=Fut" in str(trigger.morph) and bool(_FUTURE_ENDING.search(trigger.lower_))  # « s'entretiendra »
    return trigger.pos_ == "VERB" and (is_future(trigger) or tagged)  # (the parser tags « accueille » Fut too)
