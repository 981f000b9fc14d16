"""The tense a trigger's verb is told in: a fact told in the future reads a bare weekday forward (« signera
mardi »: the coming Tuesday)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.doc_words import children as kids

_FUTURE = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")
# Verbs whose future stem is not their infinitive's, by the ending their compounds share (« maintenir » →
# « maintiendra », « recevoir » → « recevra », « acquérir » → « acquerra », « falloir » → « faudra »)
_IRREGULAR_FUTURE = ("être", "avoir", "aller", "faire", "tenir", "venir", "voir", "voyer", "quérir", "loir")
_GOING_TO = {"aller", "devoir"}  # « va signer », « doit se tenir »


def is_future(verb: Token) -> bool:
    """A verb in the future (« signera », « se tiendront ») or after « aller » / « devoir ». The parser's tense
    is unreliable on future forms, so the ending is read against the lemma."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _GOING_TO and "Tense=Pres" in str(verb.head.morph):
        return True
    text, lemma = verb.lower_, verb.lemma_.lower()
    if verb.pos_ not in {"VERB", "AUX"} or text == lemma or not _FUTURE.search(text):
        return False
    return text.startswith(lemma[:-1]) or lemma.endswith(_IRREGULAR_FUTURE)


def tagged_future(verb: Token) -> bool:
    """« il se rendra à Lima », « il rencontrerait », « il aura rencontré »: the verb or one of its auxiliaries as
    the parser tags it, in the future or the conditional (is_future reads the ending instead)."""
    return any(set(t.morph.get(k, [])) & {"Fut", "Cnd"} for t in (
        verb, *(c for c in kids(verb) if c.dep_.startswith("aux"))) for k in ("Tense", "Mood"))


def is_pluperfect(verb: Token) -> bool:
    """« avaient établi », « avait été conclu », « s'étaient engagés »: an auxiliary of tense in the imperfect, a
    past told from a past (the parser labels every auxiliary of tense aux:tense: avoir or être)."""
    return any(c.dep_ == "aux:tense" and "Tense=Imp" in str(c.morph) for c in kids(verb))
