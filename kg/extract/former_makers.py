"""Makers named by a former name: « des chars Zorvak 2 du constructeur Y » where Y is the name a firm bore before it
was renamed (kg:renamedAs in the reference data): the article's systems of the renamed firm are given that maker
under the name the article uses, beside the reference data's current one. The firm's other name in brackets right
after it (« Y (aujourd'hui Z) », « Z (ex-Y) ») is the same firm told once: it is no second firm of the clause."""

from __future__ import annotations

from dataclasses import replace

from rdflib import URIRef
from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.same_firms import one_firm
from kg.gazetteer import Gazetteer
from kg.namespaces import KG


def former_makers(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions, a weapon system whose maker the article names by a former name given that
    former firm as its maker too (a system of the reference data, or a version of one that carries its makers)."""
    found = [_other_names_dropped(gaz, doc, mentions) for doc, mentions in zip(docs, found, strict=True)]
    former: dict[str, str] = {}  # the renamed firm -> the former firm the article names
    for mentions in found:
        for mention in mentions:
            if mention.how == gz.COMPANY and mention.entity.iri is not None:
                renamed = gaz.graph.value(URIRef(mention.entity.iri), KG.renamedAs)
                if renamed is not None:
                    former.setdefault(str(renamed), mention.entity.iri)
    if not former:
        return found
    return [[_made_by_former(gaz, m, former) for m in mentions] for mentions in found]


def _made_by_former(gaz: Gazetteer, mention: Mention, former: dict[str, str]) -> Mention:
    if mention.how != gz.WEAPON:
        return mention
    iri = mention.entity.iri
    makers = gaz.makers.get(iri, ()) + mention.entity.makers if iri else mention.entity.makers
    named = tuple(former[m] for m in makers if m in former)
    if not named:
        return mention
    kept = mention.entity.makers  # a reference system keeps its own, and those the article tells beside them
    return replace(mention, entity=replace(mention.entity, makers=tuple(dict.fromkeys(kept + named))))


def _other_names_dropped(gaz: Gazetteer, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions less a firm's other name in brackets right after it, over lowercase words (« (aujourd'hui Z) »,
    « (ex-Z) »)."""
    firms = {m.end: m for m in mentions if m.how == gz.COMPANY and m.entity.iri is not None}
    dropped = set()
    for mention in mentions:
        first = firms.get(_bracket_opened(doc, mention.start)) if mention.how == gz.COMPANY else None
        if first is not None and mention.end < len(doc) and doc[mention.end].text == ")" and \
                one_firm(gaz.graph, first.entity, mention.entity):
            dropped.add(id(mention))
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


def _bracket_opened(doc: Doc, start: int) -> int:
    """Where the bracket opens that a name follows over lowercase words or hyphens (« (aujourd'hui Z », « (ex-Z »);
    -1 if none."""
    at = start - 1
    while at >= 0 and start - at <= 3 and (doc[at].is_lower or doc[at].text in {"-", "'", "\u2019"}):
        at -= 1
    return at if at >= 0 and doc[at].text == "(" else -1
