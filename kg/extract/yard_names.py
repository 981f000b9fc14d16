"""A ship named by its own name alone, told by the yard that hands it over: « le X livré par le chantier naval Y »,
« la X, construite par le chantier Y »: a capitalised name after « le » or « la », then a participle of
ship-handovers.tsv whose « par » complement is a yard (yard-words.tsv), names a ship (no person nor place is
delivered or built by a shipyard)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from kg.extract.doc_words import lemma_of, lower_of
from kg.extract.lexicon import ship_handovers, word_list

_ARTICLES = {"le", "la", "l'", "l\u2019"}


def yard_named(doc: Doc, token: Token, end_of: Callable[[Doc, int], int]) -> tuple[int, int] | None:
    """The span of a ship's name that starts at `token` and a yard hands over, or None; `end_of(doc, start)` is
    where a name that starts there ends."""
    at = token.i
    if not token.text[:1].isupper() or at < 1 or lower_of(doc[at - 1]) not in _ARTICLES or not token.is_alpha \
            or (at > 1 and doc[at - 2].text[:1].isupper() and doc[at - 2].is_alpha):
        return None
    end = end_of(doc, at)
    i = end + (1 if end < len(doc) and doc[end].text == "," else 0)
    if i >= len(doc) or "VerbForm=Part" not in str(doc[i].morph) or (lemma_of(doc[i]) or lower_of(doc[i])) \
            not in ship_handovers():
        return None
    by = next((j for j in range(i + 1, min(i + 5, len(doc))) if lower_of(doc[j]) == "par"), None)
    yards = word_list("yard-words.tsv")
    if by is None or not any(lower_of(t) in yards for t in doc[by + 1:by + 6]):
        return None
    return at, end
