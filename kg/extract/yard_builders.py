"""Ships a yard builds, told by the yard handing them over: a shipyard (a firm after « chantier », or whose own
name says so, « X Shipyards »: yard-words.tsv) builds ships only, so where its sentence delivers or builds a ship
system (a word of ship-handovers.tsv or of making), the yard is that ship's maker (« le chantier X a livré le
patrouilleur Y », « la cérémonie de livraison du patrouilleur Y au chantier X », « le Y livré par le chantier
naval X »); a ship system of an article that names no other, with one yard the article calls a builder, is that
yard's too (« le constructeur X Shipyard »). A system of another kind (a missile the ship carries) takes nothing."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg import gazetteer as gz
from kg.extract.doc_words import lemma_of, lower_of
from kg.extract.lexicon import ship_handovers, word_list
from kg.extract.mentions import Mention
from kg.extract.ships import SHIP_NOUNS
from kg.extract.weapon_nouns import MAKING_STEMS


def is_yard(doc: Doc, company: Mention) -> bool:
    """A firm named after a yard's title and its lowercase qualifiers (« le chantier naval turc X »), or whose own
    name has a yard's word (« X Shipyards »)."""
    words = word_list("yard-words.tsv")
    if any(lower_of(t) in words for t in doc[company.start:company.end]):
        return True
    return _titled(doc, company, words)


def _titled(doc: Doc, company: Mention, words: frozenset[str]) -> bool:
    """A firm named after one of `words` and its lowercase qualifiers."""
    i = company.start - 1
    while i >= 0 and company.start - i <= 3 and doc[i].text.islower() and doc[i].pos_ in {"ADJ", "X", "PROPN"}:
        i -= 1
    return i >= 0 and lower_of(doc[i]) in words


def is_ship(doc: Doc, mention: Mention) -> bool:
    """A system whose kind is one of a ship's nouns (« patrouilleur », « corvette »), a ship a navy's prefix names,
    or a class of no kind the article says (« la sixième unité du type X »: only a ship's class is what a yard
    builds)."""
    gaz = gz.load()
    kind = mention.entity.kind or gaz.weapon_kind.get(mention.entity.iri or "")  # a minted one's, or the reference's
    if kind is None:  # « le TCG X », a navy's ship
        return (mention.start > 0 and lower_of(doc[mention.start - 1]) in {"type", "classe"}) or \
            doc[mention.start].text in word_list("vessel-prefixes.tsv")
    return bool(gaz.type_heads.get(kind, frozenset()) & SHIP_NOUNS)


def _hands_or_builds(span: Span) -> bool:
    handovers = ship_handovers()
    return any((lemma_of(t) or lower_of(t)) in handovers or lower_of(t).startswith(MAKING_STEMS) for t in span)


def yard_builds(span: Span, mentions: list[Mention],
                makeable: Callable[[Mention], bool]) -> list[tuple[Mention, Mention]]:
    """(ship, yard) pairs of a sentence that names one yard and delivers or builds ship systems."""
    inside = [m for m in mentions if span.start <= m.start < span.end]
    yards = [m for m in inside if m.how == gz.COMPANY and is_yard(span.doc, m)]
    if len({y.entity.key for y in yards}) != 1 or not _hands_or_builds(span):
        return []
    ships = [m for m in inside if makeable(m) and is_ship(span.doc, m)]
    return [(ship, yards[0]) for ship in ships]


_BUILDER = frozenset({"constructeur"})  # a yard's title that tells it built something, not only that it is one


def sole_yard(docs: list[Doc], read: list[list[Mention]], makeable: Callable[[Mention], bool],
              made: set[str]) -> list[tuple[int, Mention, Mention]]:
    """(paragraph, ship, yard) of an article whose makeable systems are one ship with no maker yet (not in
    `made`) and whose firms include one yard, called its builder (« le constructeur X Shipyard »): the yard builds
    it; a yard only named (« le ministre a visité le chantier X ») builds nothing."""
    systems = {m.entity.key: (doc, m) for doc, mentions in zip(docs, read, strict=True) for m in mentions
               if makeable(m)}
    yards = {m.entity.key: (at, m) for at, (doc, mentions) in enumerate(zip(docs, read, strict=True))
             for m in mentions if m.how == gz.COMPANY and is_yard(doc, m) and _titled(doc, m, _BUILDER)}
    if len(systems) != 1 or len(yards) != 1:
        return []
    [(doc, ship)], [(at, yard)] = systems.values(), yards.values()
    return [(at, ship, yard)] if is_ship(doc, ship) and ship.entity.key not in made else []
