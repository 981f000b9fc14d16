"""Parts fitted to a system, no system of their own: an engine, a radar, an avionics suite named with the system
it is fitted to (« des avions équipés du X-6 de Y », « propulsé par deux turbopropulseurs Z-450 », « doté d'un radar
X-30 »). kg/extract/weapons.py mints no system of such a designator or name, so no supply is told of it. What arms
a system stays one (« équipé de missiles X-3 »: the weapon noun comes between), and so does what a state acquires
(« le pays s'est doté du X-6 »)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from kg.extract.lexicon import table, word_list

# words that may stand between a fitting participle or a part noun and the part's designator
_BETWEEN = {"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "par", "deux", "trois", "quatre", "son",
            "sa", "ses", "leur", "leurs", "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles"}
# before a participle, these make it an acquisition or a supply, no part fitted (« s'est doté de », « a équipé »)
_ACTIVE = {"se", "s'", "a", "ont", "avait", "avaient", "aura", "auront", "avoir"}
_REACH = 4  # words looked at before the designator


@cache
def _parts() -> dict[str, str]:
    return {noun: kind for noun, kind in table("part-nouns.tsv")}


@cache
def _participles() -> frozenset[str]:
    return frozenset(base + end for base in word_list("fitting-participles.tsv") for end in ("", "e", "s", "es"))


def _part_kind(token: Token) -> str | None:
    word = token.lower_
    return _parts().get(word) or _parts().get(word[:-1] if word.endswith(("s", "x")) else word)


def _fitted(doc: Doc, at: int) -> bool:
    """The participle at doc[at] tells a part fitted (« équipés du »), not an acquisition (« s'est doté du »)."""
    return doc[at].lower_ in _participles() and \
        not any(t.lower_ in _ACTIVE for t in doc[max(0, at - 3):at])


def _engine_before(doc: Doc, at: int) -> bool:
    """An engine noun just before doc[at], a lowercase complement: « un moteur diesel », « moteurs à piston »."""
    return doc[at].text.isalpha() and doc[at].text.islower() and \
        any(_part_kind(t) == "engine" for t in doc[max(0, at - 2):at])


def fitted_part(doc: Doc, start: int) -> bool:
    """The designator or name at doc[start] names a part fitted to a system, as the module docstring says."""
    part = False  # a radar, a sonar: a part only after a fitting participle
    for at in range(start - 1, max(-1, start - 1 - _REACH), -1):
        token = doc[at]
        if token.lower_ in _BETWEEN or token.like_num:
            continue
        kind = _part_kind(token)
        if kind == "engine" or (not part and _engine_before(doc, at)):
            return True
        if kind == "fitted" and not part:
            part = True
            continue
        return _fitted(doc, at)
    return False
