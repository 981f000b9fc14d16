"""Makers named by a former name: « des chars Zorvak 2 du constructeur Y » where Y is the name a firm bore before it
was renamed (kg:renamedAs in the reference data): the article's systems of the renamed firm are given that maker
under the name the article uses, beside the reference data's current one."""

from __future__ import annotations

from dataclasses import replace

from rdflib import URIRef
from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.gazetteer import Gazetteer
from kg.namespaces import KG


def former_makers(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions, a weapon system whose maker the article names by a former name given that
    former firm as its maker too (a system of the reference data, or a version of one that carries its makers)."""
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
    makers = mention.entity.makers or (gaz.makers.get(mention.entity.iri, ()) if mention.entity.iri else ())
    named = tuple(former[m] for m in makers if m in former)
    if not named:
        return mention
    kept = mention.entity.makers if mention.entity.iri is None else ()  # a reference system keeps its own
    return replace(mention, entity=replace(mention.entity, makers=tuple(dict.fromkeys(kept + named))))
