"""Sibling codes: a designator with the same letters as a system the article already named (« des patrouilleurs
du type ZQB 60 », then « deux ZQB 90 » or « un navire du type ZQB 80 ») names another model of the same range, a
system of its own when counted or after « type » or « classe » (kg/extract/weapons.py asks)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.records import Entity

# letters, then a space or a hyphen and digits: « ZQB 60 », « ZQB-60 Mk II »
_CODE = re.compile(r"([A-Z]{2,5})[ -]?[0-9]{2,4}\b")
_LEADS = {"type", "classe"}


def code_letters(label: str) -> str | None:
    found = _CODE.match(label)
    return found.group(1) if found else None


def sibling(doc: Doc, start: int, text: str, minted: dict[str, Entity]) -> Entity | None:
    """The system of the article whose code has the letters of `text`, if `text` is counted (« deux ZQB 90 ») or
    follows « type » or « classe »; None for the same code or a code of other letters."""
    letters = code_letters(text)
    if letters is None or start == 0 or not (doc[start - 1].like_num or doc[start - 1].lower_ in _LEADS):
        return None
    return next((e for e in minted.values() if e.label != text and code_letters(e.label) == letters), None)

