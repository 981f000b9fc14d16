"""The maker of a model told through its sibling: two codes of one range coordinated in a sentence (« 76 ZT-100 et
92 ZT-750 », « des ZT-100, ZT-750 ») are models of one maker, so the one whose maker the article names elsewhere
gives it to the other, which the article names with no maker of its own."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from kg.extract.mentions import Mention
from kg.extract.sibling_codes import code_letters
from kg.extract.weapon_nouns import AND


def _coordinated(doc: Doc, first: Mention, second: Mention) -> bool:
    """Only « et », « ou », commas and counts between the two names."""
    between = doc[first.end:second.start]
    return len(between) > 0 and len(between) <= 3 and any(t.lower_ in AND for t in between) and \
        all(t.lower_ in AND or t.like_num for t in between)


def sibling_makers(docs: list[Doc], found: list[list[Mention]], makeable: Callable[[Mention], bool],
                   makers: dict[str, list[str]]) -> dict[str, list[str]]:
    """The makers a system with none takes from a coordinated sibling code that has them (keyed by system)."""
    shared: dict[str, list[str]] = {}
    for doc, mentions in zip(docs, found, strict=True):
        systems = sorted((m for m in mentions if makeable(m)), key=lambda m: m.start)
        for first, second in zip(systems, systems[1:], strict=False):
            letters = code_letters(first.entity.label)
            if letters is None or letters != code_letters(second.entity.label) or \
                    first.entity.key == second.entity.key or not _coordinated(doc, first, second):
                continue
            for given, taker in ((first, second), (second, first)):
                if makers.get(given.entity.key) and not makers.get(taker.entity.key):
                    shared.setdefault(taker.entity.key, list(makers[given.entity.key]))
    return shared
