"""Designators that name a system with no weapon noun when counted:

- equipment designators of the joint type (« AN/TPQ-53 », « J/FPS-5 »): an owner's prefix of one to three
  capitals, a slash, then a type code of capitals, a hyphen and a model number. The press often writes the slash
  with spaces (« AN / TPQ-53 »), which the tokenizer cuts in three words: they are read as one designator, a
  system of its own when counted (« trois J / FPS-5 », « un seul AN / TPQ-53 »); after a weapon noun or
  coordinated with a system, as any designator (kg/extract/weapons.py). A document's symbol (« A / RES-77 ») is
  not counted;
- any designator counted after a plural possessive (« ses deux ZC-130 », « leurs douze ZT-40 »): a force's own
  fleet, named beside the systems that replace or join it."""

from __future__ import annotations

import re

from spacy.tokens import Doc

# « AN/TPQ-53 », « J / FPS-3ME », « AN / TPS-P14 »: a prefix, a slash, a type code and a model with a digit
JOINT_CODE = re.compile(r"[A-Z]{1,3} ?/ ?[A-Z]{2,4}-[0-9A-Z]*[0-9][0-9A-Z]*")
_ALONE = {"seul", "seule", "seuls", "seules"}  # « un seul AN / TPQ-53 »
_OWNERS = {"ses", "leurs", "nos"}  # « ses deux ZC-130 »


def slashed_apart(words: list[tuple[int, int, str]], at: int) -> tuple[int, str] | None:
    """A joint designator written with spaces around its slash from the word at `at`: its end and text."""
    if at + 3 > len(words) or words[at + 1][2] != "/":
        return None
    text = " ".join(w for _s, _e, w in words[at:at + 3]).rstrip(".")
    return (words[at + 2][1], text) if JOINT_CODE.fullmatch(text) else None


def counted_code(doc: Doc, start: int, text: str) -> bool:
    """« trois AN / TPQ-53 », « un seul J / FPS-5 »: a joint designator counted names a system with no noun;
    so does any designator counted after a plural possessive (« ses deux ZC-130 »)."""
    if start == 0:
        return False
    if start > 1 and doc[start - 1].like_num and doc[start - 2].lower_ in _OWNERS:
        return True
    if not JOINT_CODE.fullmatch(text):
        return False
    before = doc[start - 1]
    if before.lower_ in _ALONE and start > 1:
        before = doc[start - 2]
    return before.like_num
