"""Whether a word of a paragraph stands inside a quotation: the speaker's own words, where they name the other side
and say « nous » of their own, so a state or firm named there is not the side of a post named outside them."""

from __future__ import annotations

from spacy.tokens import Doc

_OPENING = {"«", "\u201c"}
_CLOSING = {"»", "\u201d"}
_STRAIGHT = '"'


def quoted(doc: Doc, at: int) -> bool:
    """The word at `at` stands between quotation marks of its paragraph (« … », “ … ” or " … "), even in a
    quotation that opened in a sentence before."""
    opened = straight = 0
    for token in doc[:at]:
        if token.text in _OPENING:
            opened += 1
        elif token.text in _CLOSING:
            opened = max(0, opened - 1)
        elif token.text == _STRAIGHT:
            straight += 1
    return opened > 0 or straight % 2 == 1
