"""A state named as where someone goes next (« en partance pour X en Pays », « avant de se rendre en
Espagne »): a later trip's destination is neither the state the story is set in nor the state of a post the
article names without one (kg.extract.about_states)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.lexicon import word_list

_TO = {"pour", "vers", "à", "au", "aux", "en", "de", "du", "des", "d'"}  # « pour X », « à destination de X »
_BETWEEN = {"la", "le", "l'", "les", "en", "à", "au", "aux"}  # « pour X en Pays », « vers la Suisse »
_REACH = 6  # words between the trip's opening words and the state's name


def onward_destination(doc: Doc, start: int, first: int = 0) -> bool:
    """The name at `start` (of a sentence opening at `first`) is the destination of a later trip: after the words
    that open one (onward-trips.tsv) and a preposition of direction, through names and small words alone."""
    openers = word_list("onward-trips.tsv")
    for at in range(start - 1, max(first, start - 1 - _REACH) - 1, -1):
        token = doc[at]
        word = token.lower_.replace("\u2019", "'")
        if word in _TO:
            before = doc[max(first, at - 6):at].text.lower().replace("\u2019", "'")
            if any(before == opener or before.endswith(" " + opener) for opener in openers):
                return True
        if token.is_punct or not (token.pos_ == "PROPN" or token.text[:1].isupper() or word in _TO | _BETWEEN):
            return False
    return False
