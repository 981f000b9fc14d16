"""Denials the walk up from a trigger misses, read from the words themselves: a denial verb the tagger took for an
adverb or adjective, and a deed named inside the noun phrase of a noun of cancelling, however the parser hung it."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.extract.doc_words import lowers
from kg.extract.lexicon import modality_class, modality_words
from kg.extract.syntax import Sentence

_DENYING = {"deny", "refuse"}
# the words a noun phrase runs through from the cancelling noun to the deed: « l'annulation par X d'un contrat de
# N dollars pour la livraison de ... »; a verb, a comma or a conjunction ends it
_PHRASE = {"DET", "ADP", "NOUN", "PROPN", "NUM", "ADJ"}
_REACH = 16


@cache
def _denial_words() -> frozenset[str]:
    """The words whose class, read as words (no part of speech), is a denial or a refusal."""
    words = {key.split("/")[0].lower() for key in modality_words()}
    return frozenset(word for word in words if modality_class(word, "") in _DENYING)


@cache
def _cancelling_nouns() -> frozenset[str]:
    """The nouns the modality table marks as refusing (« annulation/NOUN »)."""
    return frozenset(key.split("/")[0] for key, cls in modality_words().items()
                     if key.endswith("/NOUN") and cls in _DENYING)


def _denial_read_as_modifier(predicate: Token, trigger: Token) -> bool:
    """« Ankara dément avoir livré »: a denial verb the tagger took for an adverb or adjective (most paragraphs have
    no such word before the trigger: no walk of the predicate's subtree)."""
    if _denial_words().isdisjoint(lowers(trigger.doc)[:trigger.i]):
        return False
    return any(token.i < trigger.i and token.pos_ in {"ADV", "ADJ"} and
               modality_class(token.lower_, "") in _DENYING for token in predicate.subtree)


def _cancelled(sentence: Sentence, trigger: Token) -> bool:
    """« l'annulation d'un contrat de N pour la livraison de ... »: the deed noun ends a noun phrase that a
    cancelling noun opens, with no verb, comma or conjunction between them."""
    if trigger.pos_ != "NOUN":
        return False
    start = max(sentence.span.start, trigger.i - _REACH)
    for token in reversed(trigger.doc[start:trigger.i]):
        if token.pos_ == "NOUN" and token.lemma_.lower() in _cancelling_nouns():
            return True
        if token.pos_ not in _PHRASE:
            return False
    return False


def denied_off_chain(sentence: Sentence, predicate: Token, trigger: Token) -> bool:
    """A denial of the trigger's deed that the parse does not put on its way up."""
    return _denial_read_as_modifier(predicate, trigger) or _cancelled(sentence, trigger)
