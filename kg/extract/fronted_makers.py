"""The system a participle of making opening its sentence tells the maker of: the subject of the main clause after
the comma that closes the participle's phrase (« Conçu par Y, le drone X a volé », « Produits par le groupe Y et
montés sur un châssis civil, ces véhicules ... » after a sentence that names the systems)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.ships import names_materiel
from kg.extract.syntax import THESE

_OPENING = 3  # words before the subject's name after the comma: « le nouveau drone X »


def _opens(span: Span, participle: Token) -> bool:
    """The participle is the sentence's first word, past punctuation (« « Conçu par Y, ... »)."""
    return all(t.is_punct for t in span.doc[span.start:participle.i])


def fronted_systems(span: Span, participle: Token, company: Mention, inside: list[Mention],
                    makeable: Callable[[Mention], bool], previous: Sequence[Mention]) -> list[Mention]:
    """The systems the subject after the participle's phrase names: a system named there, or the systems of the
    sentence before that a demonstrative weapon noun takes up (« ces véhicules »)."""
    if not _opens(span, participle):
        return []
    doc = span.doc
    comma = next((i for i in range(company.end, span.end) if doc[i].text == ","), None)
    if comma is None:
        return []
    named = [m for m in inside if makeable(m) and comma < m.start <= comma + 1 + _OPENING and
             all(t.text.islower() or t.is_punct for t in doc[comma + 1:m.start])]
    if named:
        return named[:1]
    first, noun = doc[comma + 1] if comma + 1 < span.end else None, doc[comma + 2] if comma + 2 < span.end else None
    if first is not None and noun is not None and first.lower_ in THESE and \
            (noun.lemma_.lower() in word_list("weapon-anaphors.tsv") or names_materiel(noun)):
        return [m for m in previous if makeable(m)]
    return []
