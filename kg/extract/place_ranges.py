"""Spans of places: « de A, de B, du C à D, au E et au F » lists the ends of a stretch (a maker's customers
across a region, a tour), not a giver and a receiver; the names in it take no side in a fact."""

from __future__ import annotations

from kg.extract.function_words import DE_CASES
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, Sentence

_TO = {"à", "au", "aux"}
_ARTICLES = {"le", "la", "l'", "les"}
_LINKS = {",", "et"}


def _preposition(sentence: Sentence, mention: Mention) -> tuple[str, int]:
    """The preposition right before a name, past its article, and where it stands (-1 when there is none)."""
    at = mention.start - 1
    if at >= sentence.span.start and sentence.doc[at].lower_ in _ARTICLES:
        at -= 1
    return (sentence.doc[at].lower_, at) if at >= sentence.span.start else ("", -1)


def ranged(sentence: Sentence) -> set[int]:
    """The first tokens of the names that a span « de A, de B à C » lists, when the span starts with a list of
    two names or more joined by commas (a lone « de A à B » may still say a transfer); read once per sentence."""
    if sentence.spanned is not None:
        return sentence.spanned
    names = [m for m in sentence.mentions if m.how in ACTOR_KINDS]
    found: set[int] = set()
    origins: list[Mention] = []
    ends: list[Mention] = []
    for mention in names:
        word, at = _preposition(sentence, mention)
        last = (ends or origins)[-1] if origins else None
        joined = last is not None and at == last.end + 1 and sentence.doc[last.end].lower_ in _LINKS
        if word in _TO and origins and not ends and at == origins[-1].end:
            ends.append(mention)  # « du C à D »
        elif word in _TO and ends and joined:
            ends.append(mention)  # « à D, au E et au F »
        elif word in DE_CASES and not ends and origins and joined and sentence.doc[origins[-1].end].lower_ == ",":
            origins.append(mention)  # « de A, de B »
        else:
            found |= _span(origins, ends)
            origins, ends = ([mention], []) if word in DE_CASES else ([], [])
    sentence.spanned = found | _span(origins, ends)
    return sentence.spanned


def _span(origins: list[Mention], ends: list[Mention]) -> set[int]:
    return {m.start for m in origins + ends} if len(origins) >= 2 and ends else set()
