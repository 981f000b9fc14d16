"""A summit of an organisation (« le sommet du X s'est ouvert à Y »): talks between the states the reference data
gives as its members (kg:memberState), when the sentence names no two states itself."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.mentions import state_entity
from kg.extract.syntax import Sentence, mention_root
from kg.namespaces import KG
from kg.records import Entity


def summit_members(sentence: Sentence, trigger: Token, known: list[Entity]) -> list[Entity]:
    """The members of the organisation a summit noun takes as its « de » complement (« le sommet du X », « le
    39e sommet des chefs d'État du X » is not read: only the organisation hung on the noun itself), but those
    already `known`."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in word_list("summit-nouns.tsv"):
        return []
    gaz = gz.load()
    for mention in sentence.mentions:
        members = sorted(str(s) for s in gaz.graph.objects(URIRef(mention.entity.iri), KG.memberState)) \
            if mention.how == gz.ORGANISATION and mention.entity.iri else None
        root = mention_root(sentence, mention)
        if members and root.head == trigger and root.dep_ == "nmod" and \
                any(c.dep_ == "case" and c.lower_ in {"de", "du", "des"} for c in root.children):
            return [e for e in (state_entity(gaz, iri) for iri in members) if e is not None and e not in known]
    return []
