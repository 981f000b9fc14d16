"""A reference system's bare name counted in a list of systems: « quatre Zorvak, un Kestrel et deux Ibis ».

Some systems' names count only after their noun (« hélicoptère Kestrel »: a bare « Kestrel » may be a bird or a
person). Counted (a number or « un », « une » right before it) and listed with a known system of the same kind of
platform (a comma, « et » or « ou » between them, the other one counted or not), the bare name is that system: the
list gives the noun the name lacks. The neighbour's type must have among its nouns the noun the system's own label
puts before the name (« hélicoptère » of « hélicoptère Kestrel »): a name listed with fighters is no helicopter."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.mentions import Mention
from kg.extract.weapon_nouns import AND
from kg.gazetteer import WEAPON, Gazetteer
from kg.text import fold

_ONE = {"un", "une"}
_OF = {"de", "d'"}


def _counted(doc: Doc, at: int) -> bool:
    return at >= 0 and (doc[at].like_num or doc[at].lower_ in _ONE)


def listed_kind_heads(gaz: Gazetteer, doc: Doc, start: int, weapons_at: dict[int, Mention]) -> frozenset[str]:
    """The type nouns of a reference system listed right before or after the counted name at `start` (none if the
    name is not counted or no such system is listed beside it)."""
    if not _counted(doc, start - 1):
        return frozenset()
    beside = []
    before = weapons_at.get(start - 2)
    if before is not None and start >= 2 and doc[start - 2].lower_ in AND:  # « quatre Zorvak, un Kestrel »
        beside.append(before)
    if start + 2 < len(doc) and doc[start + 1].lower_ in AND:  # « un Kestrel et un Ibis », « et de deux Ibis »
        after = start + 2 + (doc[start + 2].lower_ in _OF)
        after += _counted(doc, after) if after < len(doc) else 0
        beside.extend(m for m in weapons_at.values() if m.start == after)
    heads: set[str] = set()
    for mention in beside:
        kind = gaz.weapon_kind.get(mention.entity.iri or "") or mention.entity.kind or ""
        heads.update(gaz.type_heads.get(kind, frozenset()))
    return frozenset(heads)


def label_nouns(gaz: Gazetteer, system: str, name: str) -> frozenset[str]:
    """The nouns the system's labels put right before `name` (« hélicoptère » of « hélicoptère Kestrel »), lowercase;
    read only for a name counted in a list beside a system, which few sentences hold."""
    folded = fold(name)
    return frozenset(words[-2].lower() for f in gaz.forms if f.entity == system and f.how == WEAPON
                     and len(words := f.text.split()) >= 2 and fold(words[-1]) == folded)
