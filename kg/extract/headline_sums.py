"""« Plus de 3 milliards de dollars d'armes à Y » in a headline, « pour un montant de 3,2 milliards de dollars » in
the body: the headline's rounded sum is the one the body tells exactly, not a second sum."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from kg.records import Amount, Fact

_CLOSE = Decimal("0.2")  # how far a rounded sum may lie from the exact one it rounds (« plus de 3 » for 3,2)


def exact_headline_sums(facts: list[Fact]) -> list[Fact]:
    """Each approximate sum of a fact told in the headline (the article's first characters) becomes the one exact
    sum of the same currency, within a fifth of it, that a fact of the body tells."""
    told = [a for f in facts if not _in_headline(f) for a in f.amounts if not a.approximate and a.value]
    return [replace(f, amounts=tuple(_exact(a, told) for a in f.amounts)) if _in_headline(f) else f for f in facts]


def _in_headline(fact: Fact) -> bool:
    return any(evidence.start == 0 for evidence in fact.evidence)


def _exact(amount: Amount, told: list[Amount]) -> Amount:
    if not amount.approximate or not amount.value:
        return amount
    near = {a for a in told if a.currency == amount.currency and abs(a.value - amount.value) <= _CLOSE * amount.value}
    return near.pop() if len({a.value for a in near}) == 1 else amount
