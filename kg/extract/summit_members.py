"""The sides of talks told as a group: the states whose members meet, the compound that qualifies the talks, and
the members of an organisation holding a summit (« le sommet du X s'est ouvert à Y »: the states the reference
data gives as its members, kg:memberState, when the sentence names no two states itself)."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.gathered import attended_by, gathered_members
from kg.extract.joint_bodies import compound_sides
from kg.extract.lexicon import word_list
from kg.extract.mentions import state_entity
from kg.extract.syntax import Sentence, mention_root
from kg.extract.talk_sides import members_met
from kg.namespaces import KG
from kg.records import Entity


def group_sides(ctx: Context, sentence: Sentence, trigger: Token, explicit: list[Entity]) -> list[Entity]:
    """`explicit` with the states whose members meet (« le sommet des chefs d'État de A et de B »), the compound of
    states that qualifies the talks (« les pourparlers A-B »), else the members of the organisation at its summit."""
    found = members_met(sentence, trigger) + compound_sides(sentence, trigger) + gathered_members(sentence, trigger) + \
        attended_by(sentence, trigger)
    explicit = explicit + [ctx.actor(m) for m in found if ctx.actor(m) not in explicit]
    return explicit + (summit_members(sentence, trigger, explicit) if len(states(ctx, explicit)) < 2 else [])


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
