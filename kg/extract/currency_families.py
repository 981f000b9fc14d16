"""Currency families: which currency a bare name (« dollars », « dirhams », « francs ») means in an article, by the
states it names (their currencies, their currencies before the euro, another dollar of a named state)."""

from __future__ import annotations

import datetime as dt
from functools import cache

from rdflib import URIRef

from kg import gazetteer
from kg.extract.lexicon import currencies, former_currencies, state_currencies
from kg.namespaces import KG


@cache
def bare_families() -> dict[str, str]:
    """Each bare currency name (« dirham », « franc ») -> its family."""
    return {form: code[1:].partition(":")[0] for form, code in currencies().items() if code.startswith("?")}


@cache
def _family_defaults() -> dict[str, str]:
    """Each family of bare names -> the currency its bare name means by default (« dollar » -> USD)."""
    return {code[1:].partition(":")[0]: code.partition(":")[2] for code in currencies().values()
            if code.startswith("?")}


@cache
def _family_of() -> dict[str, str]:
    """ISO 4217 code -> the family of bare names it belongs to, by the longest bare name its own name starts with
    (« dirham marocain » -> dirham, « franc CFA (BEAC) » -> cfa, not franc)."""
    bare = bare_families()
    found: dict[str, str] = {}
    for form, code in currencies().items():
        words = form.split()
        heads = [" ".join(words[:n]) for n in range(len(words) - 1, 0, -1) if " ".join(words[:n]) in bare]
        if not code.startswith("?") and heads:
            found.setdefault(code, bare[heads[0]])
    return found


def hint_families(families: dict[str, str], states: set[str], published: dt.date | None = None) -> None:
    """« 5 milliards de dirhams » in an article that names Morocco (and no other state of dirhams): the bare name is
    the currency of the one state of its family the article names; an explicit currency told before stays. Where
    no state of a family's current currencies is named, a named state's currency before the euro (« francs » of
    France) is that family's, in an article published before its end or undated (former-currencies.tsv)."""
    found: dict[str, set[str]] = {}
    former: dict[str, set[str]] = {}
    for state in states:
        code = state_currencies().get(state)
        if code is not None and code in _family_of():
            found.setdefault(_family_of()[code], set()).add(code)
        old, until = former_currencies().get(state, ("", 0))
        if old in _family_of() and (published is None or published.year < until):
            former.setdefault(_family_of()[old], set()).add(old)
    for family, codes in found.items():
        if len(codes) == 1:
            families.setdefault(family, next(iter(codes)))
    for family, code in _named_abroad(states).items():
        families[family + ABROAD] = code
    for family, codes in former.items():
        if len(codes) == 1 and family not in found and not _current_named(family, states):
            families.setdefault(family, next(iter(codes)))


ABROAD = "@abroad"  # the key of a family's currency of the one named state other than the default's (« AUD »)


def _named_abroad(states: set[str]) -> dict[str, str]:
    """Family -> the one currency of that family, other than its default, whose ISO 4217 code begins with the
    alpha-2 code of a named state (« AUD » of Australia for « dollar »)."""
    found: dict[str, set[str]] = {}
    for _rank, code, family in sorted(c for two in {_alpha2().get(s) for s in states} for c in _abroad().get(two, [])):
        found.setdefault(family, set()).add(code)
    return {family: next(iter(codes)) for family, codes in found.items() if len(codes) == 1}


@cache
def _abroad() -> dict[str | None, list[tuple[int, str, str]]]:
    """Alpha-2 code -> (rank, code, family) of each currency but its family's default whose code begins with it."""
    found: dict[str | None, list[tuple[int, str, str]]] = {}
    for rank, (code, family) in enumerate(_family_of().items()):
        found.setdefault(code[:2], []).extend([(rank, code, family)] if code != _family_defaults().get(family) else [])
    return found


def _current_named(family: str, states: set[str]) -> bool:
    """A state the article names with a currency of `family` (its ISO 4217 code begins with the state's ISO 3166
    alpha-2 code: « CHF » of Switzerland) other than its currency before the euro: a Swiss franc may be meant."""
    alpha2 = _alpha2()
    return any(code[:2] == alpha2.get(state) and code != former_currencies().get(state, ("",))[0]
               for state in states for code, of in _family_of().items() if of == family)


@cache
def _alpha2() -> dict[str, str]:
    """ISO 3166 alpha-3 code of a reference state -> its alpha-2 code."""
    graph = gazetteer.load().graph
    two, three = URIRef(str(KG.iso3166Alpha2)), URIRef(str(KG.iso3166Alpha3))
    return {str(code): str(graph.value(state, two)) for state, code in graph.subject_objects(three)
            if graph.value(state, two) is not None}
