"""Deals told by their count, each with its sum: « Deux contrats ont été signés : un premier de N, suivi d'un
accord de M »: as many agreements as the count, one sum each, when the sums told after the count match it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.lexicon import triggers
from kg.extract.syntax import Sentence
from kg.records import Amount, Claim

_COUNTS = {"deux": 2, "trois": 3, "quatre": 4}


def counted_deals(sentence: Sentence, trigger: Token, claim: Claim) -> tuple[Claim, ...] | None:
    """One claim per sum for the counted deal noun (« deux contrats ... : N ..., M »); a deal of the same sentence
    with one of those sums is the one of that rank (kept apart from the others when claims are merged)."""
    sums = _counted_sums(sentence)
    if not sums:
        return None
    if _count(trigger) == len(sums):  # each named by the deal noun told last before its sum (« suivi d'un accord »)
        return tuple(replace(claim, fact=replace(claim.fact, amounts=(a,)).with_attr("deal_order", str(n))
                             .with_attr("object", _noun_before(sentence, start) or claim.fact.attr("object")))
                     for n, (start, a) in enumerate(sums))
    amounts = [a for _, a in sums]
    ranks = {amounts.index(a) for a in claim.fact.amounts if a in amounts}
    if len(ranks) != 1:
        return None
    return (replace(claim, fact=claim.fact.with_attr("deal_order", str(ranks.pop()))),)


def _count(token: Token) -> int:
    counts = [_COUNTS.get(c.lower_, int(c.text) if c.text.isdigit() else 0)
              for c in token.children if c.dep_ == "nummod"]
    return counts[0] if len(counts) == 1 and token.pos_ == "NOUN" else 0


def _is_deal(token: Token) -> bool:
    return token.pos_ == "NOUN" and \
        any(t.fact == "agreement" for t in triggers().get((token.lemma_.lower(), "NOUN"), []))


def _noun_before(sentence: Sentence, at: int) -> str | None:
    return next((t.lemma_.lower() for t in reversed(sentence.doc[sentence.span.start:at]) if _is_deal(t)), None)


def _counted_sums(sentence: Sentence) -> list[tuple[int, Amount]]:
    """The sums told after a counted deal noun of the sentence, when they are as many as its count."""
    for token in sentence.span:
        n = _count(token)
        if n >= 2 and _is_deal(token):
            sums = [(start, money.amount) for start, _end, money in sentence.money
                    if start > token.i and not money.conversion]
            return sums if len(sums) == n else []
    return []
