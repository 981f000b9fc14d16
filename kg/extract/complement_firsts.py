"""The complements the data knows for the posts of one title head, by their first word, made once per role index
and head: a title is read at every head word of every sentence, and a head like « ministre » has hundreds of posts."""

from __future__ import annotations

from collections.abc import Callable

from kg.gazetteer import Role

RoleIndex = dict[str, list[tuple[tuple[str, ...], Role, bool]]]
Candidates = list[tuple[int, Role, tuple[str, ...]]]  # (order in the index, post, complement's words)
_Firsts = tuple[dict[str, Candidates], dict[str, Candidates]]
_MADE: dict[tuple[int, int, tuple[str, ...]], tuple[RoleIndex, Callable[[str], tuple[str, ...]], _Firsts]] = {}


def _firsts(index: RoleIndex, words_of: Callable[[str], tuple[str, ...]], head: tuple[str, ...]) -> _Firsts:
    key = (id(index), id(words_of), head)
    made = _MADE.get(key)
    if made is not None and made[0] is index and made[1] is words_of:
        return made[2]
    by_first: dict[str, Candidates] = {}
    by_one: dict[str, Candidates] = {}  # one-word complements: the text's word may be their plural
    order = 0
    for words, role, is_head in index.get(head[0], []):
        if not is_head or words != head:
            continue
        for complement in role.complements:
            comp = words_of(complement)
            by_first.setdefault(comp[0], []).append((order, role, comp))
            if len(comp) == 1:
                by_one.setdefault(comp[0], []).append((order, role, comp))
            order += 1
    _MADE[key] = (index, words_of, (by_first, by_one))
    return by_first, by_one


def complement_candidates(index: RoleIndex, words_of: Callable[[str], tuple[str, ...]], head: tuple[str, ...],
                          after: str) -> Candidates:
    """The (post, complement) pairs of a head whose complement may start with the word `after` (its first word, or
    a one-word complement `after` is the plural of), in the index's order."""
    by_first, by_one = _firsts(index, words_of, head)
    first, one = by_first.get(after, []), by_one.get(after[:-1], [])
    if not one:
        return first
    return sorted({c[0]: c for c in first + one}.values(), key=lambda c: c[0])
