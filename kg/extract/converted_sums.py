"""A sum restated in another currency: « un prêt de 500 millions de dollars, soit 300 milliards de francs CFA,
accordé par X »: what the parser hangs on the restatement belongs to the sum it restates."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.syntax import Sentence


def converted_sum(sentence: Sentence, token: Token) -> set[int]:
    """The tokens of the sum that the restatement `token` is in converts (« ..., soit ... », « (... ) »); none if
    `token` is in no restatement (a sum given for comparison restates nothing)."""
    for (first, end, before), (start, stop, money) in zip(sentence.money, sentence.money[1:], strict=False):
        if start <= token.i < stop and money.conversion and before.amount.equivalent is not None and end <= start:
            return set(range(first, end))
    return set()
