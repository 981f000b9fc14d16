"""Whether a word of a paragraph stands in a speaker's quotation: their own words, where they name the other side and
say « nous » of their own, so a state or firm named there is not the side of a post named outside them. Quotation
marks around a name alone (« « Israël » a l'intention de ... ») quote no speech."""

from __future__ import annotations

from spacy.tokens import Doc

OPENING_QUOTES = frozenset({"«", "\u201c"})
CLOSING_QUOTES = frozenset({"»", "\u201d"})
_STRAIGHT = '"'


def quoted(doc: Doc, at: int) -> bool:
    """The word at `at` stands between quotation marks of its paragraph (« … », “ … ” or " … "), even in a
    quotation that opened in a sentence before, and the quotation has a verb: speech, not a quoted name."""
    opened = straight = 0
    opening: int | None = None
    for token in doc[:at]:
        if token.text in OPENING_QUOTES:
            opened, opening = opened + 1, token.i if opened == 0 else opening
        elif token.text in CLOSING_QUOTES:
            opened = max(0, opened - 1)
        elif token.text == _STRAIGHT:
            straight, opening = straight + 1, token.i if straight % 2 == 0 else opening
    if (opened == 0 and straight % 2 == 0) or opening is None:
        return False
    closing = next((t.i for t in doc[at:] if t.text in CLOSING_QUOTES or t.text == _STRAIGHT), len(doc))
    return any(t.pos_ in {"VERB", "AUX"} for t in doc[opening + 1:closing])
