"""Sibling codes: a designator with the same letters as a system the article already named (« des patrouilleurs
du type ZQB 60 », then « deux ZQB 90 » or « un navire du type ZQB 80 ») names another model of the same range, a
system of its own when counted or after « type » or « classe », and of the same maker when the article names one
for its siblings and no other (kg/extract/weapons.py and kg/extract/makers.py ask)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.records import Entity

# letters, then a space or a hyphen and digits: « ZQB 60 », « ZQB-60 Mk II »
_CODE = re.compile(r"([A-Z]{2,5})[ -]?[0-9]{2,4}\b")
_LEADS = {"type", "classe"}


def _letters(label: str) -> str | None:
    found = _CODE.match(label)
    return found.group(1) if found else None


def sibling(doc: Doc, start: int, text: str, minted: dict[str, Entity]) -> Entity | None:
    """The system of the article whose code has the letters of `text`, if `text` is counted (« deux ZQB 90 ») or
    follows « type » or « classe »; None for the same code or a code of other letters."""
    letters = _letters(text)
    if letters is None or start == 0 or not (doc[start - 1].like_num or doc[start - 1].lower_ in _LEADS):
        return None
    return next((e for e in minted.values() if e.label != text and _letters(e.label) == letters), None)


def sibling_makers(labels: dict[str, str], makers: dict[str, list[str]]) -> dict[str, list[str]]:
    """`makers` (system key -> makers) with each minted code with no maker given the one maker its siblings share
    (`labels`: key -> label of the minted systems of the article)."""
    out = dict(makers)
    for key, label in labels.items():
        letters = _letters(label)
        if letters is None or out.get(key):
            continue
        shared = {tuple(out[k]) for k, other in labels.items() if k != key and out.get(k) and
                  _letters(other) == letters}
        if len(shared) == 1:
            out[key] = list(next(iter(shared)))
    return out
