"""The states an article names only where it tells them supplying some system (« ... et des Tetras de la France »):
a multinational group's sale is then not theirs (kg.extract.story.Story.firm_unnamed_state). Records only."""

from __future__ import annotations

from kg.kinds import Modality
from kg.records import SentenceClaims

_FIRM = {Modality.ASSERTED, Modality.REPORTED}


def suppliers_only(sentences: list[SentenceClaims]) -> dict[str, frozenset[str]]:
    """The states that every sentence naming them tells supplying some system, each with those systems."""
    found: dict[str, set[str]] = {}
    elsewhere: set[str] = set()
    for sentence in sentences:
        supplying: dict[str, set[str]] = {}
        for claim in sentence.claims:
            fact = claim.fact
            if fact.kind == "support" and fact.get("recipient") and fact.get("weapon") and fact.modality in _FIRM:
                for key in fact.keys("supporter"):
                    supplying.setdefault(key, set()).update(fact.keys("weapon"))
        for key in sentence.actor_states:
            if key in supplying:
                found.setdefault(key, set()).update(supplying[key])
            else:
                elsewhere.add(key)
    return {k: frozenset(v) for k, v in found.items() if k not in elsewhere}
