"""The sides of talks told as a group: the states whose members meet, the compound that qualifies the talks, and
the members of an organisation holding a summit (« le sommet du X s'est ouvert à Y ») or attending it (« participent
au sommet les dirigeants des pays membres du X »): the states the reference data gives as its members,
kg:memberState, when the sentence names no two states itself."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.gathered import attended_by, gathered_members
from kg.extract.joint_bodies import compound_sides
from kg.extract.lexicon import word_list
from kg.extract.mentions import state_entity
from kg.extract.syntax import SUBJECTS, Sentence, mention_root
from kg.extract.talk_sides import members_met
from kg.namespaces import KG
from kg.records import Entity


def group_sides(ctx: Context, sentence: Sentence, trigger: Token, explicit: list[Entity]) -> list[Entity]:
    """`explicit` with the states whose members meet (« le sommet des chefs d'État de A et de B »), the compound of
    states that qualifies the talks (« les pourparlers A-B »), else the members of the organisation at its summit."""
    found = members_met(sentence, trigger) + compound_sides(sentence, trigger) + gathered_members(sentence, trigger) + \
        attended_by(sentence, trigger)
    explicit = explicit + [ctx.actor(m) for m in found if ctx.actor(m) not in explicit]
    if len(states(ctx, explicit)) >= 2:
        return explicit
    body, members = summit_members(sentence, trigger, explicit)
    return [e for e in explicit if not members or e.key != body] + members  # its members stand for the body


def summit_members(sentence: Sentence, trigger: Token, known: list[Entity]) -> tuple[str, list[Entity]]:
    """The members of the organisation a summit noun takes as its « de » complement (« le sommet du X », « le
    39e sommet des chefs d'État du X » is not read: only the organisation hung on the noun itself) or whose members
    attend it (« participent au sommet les dirigeants des pays membres du X », « le sommet a réuni les membres du
    X »), but those already `known`; with the key of the organisation."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in word_list("summit-nouns.tsv"):
        return "", []
    gaz = gz.load()
    for mention in sentence.mentions:
        members = sorted(str(s) for s in gaz.graph.objects(URIRef(mention.entity.iri), KG.memberState)) \
            if mention.how == gz.ORGANISATION and mention.entity.iri else None
        root = mention_root(sentence, mention)
        if members and root.dep_ == "nmod" and _CASES & {c.lower_ for c in root.children if c.dep_ == "case"} and \
                (root.head == trigger or _members_at(root.head, trigger)):
            found = [e for e in (state_entity(gaz, iri) for iri in members) if e is not None and e not in known]
            return mention.entity.key, found + [e for e in _beside(sentence, trigger) if e not in known + found]
    return "", []


def _beside(sentence: Sentence, trigger: Token) -> list[Entity]:
    """« participent au sommet les membres du X, aux côtés du président de A »: the states named in a complement of
    attendance (attendance-nouns.tsv) of the verb of attending the summit is the « à » complement of."""
    verb = trigger.head
    if not trigger.dep_.startswith("obl") or verb.lemma_.lower() not in word_list("attending-words.tsv"):
        return []
    marks = word_list("attendance-nouns.tsv")
    found: list[Entity] = []
    for noun in [c for c in verb.children if c.lemma_.lower() in marks and c.pos_ == "NOUN" and c.i > trigger.i]:
        for token in noun.subtree:
            mention = sentence.mention_at(token)
            if mention is not None and mention.how in {gz.NAME, gz.DEMONYM, gz.BODY} and mention.state is not None and \
                    mention.state not in found:
                found.append(mention.state)
    return found


_CASES = frozenset({"de", "du", "des"})
_PHRASE = frozenset({"nmod", "conj", "appos"})
_GROUPS = frozenset({"pays", "état", "nation"})


def _members_at(head: Token, trigger: Token) -> bool:
    """Whether the organisation's complement hangs on its members (« les pays membres du X », « les membres du X »)
    in a phrase that is the summit's own complement (« le sommet des pays membres du X »), the subject of a verb of
    attending whose « à » complement the summit is (« participent au sommet les dirigeants des pays membres du X »)
    or the object of a verb of gathering the summit is subject of (« le sommet a réuni les membres du X »)."""
    lemma = head.lemma_.lower()
    if not (lemma == "membre" and head.pos_ == "NOUN") and not (
            lemma in _GROUPS and any(c.lemma_.lower() == "membre" and c.dep_ in {"amod", "nmod", "appos"}
                                     for c in head.children)):
        return False
    top = head
    while top.dep_ in _PHRASE and top.head != trigger and top.head != top:
        top = top.head
    if top.head == trigger:
        return top.dep_ in _PHRASE
    verb = top.head
    if trigger.head == verb and trigger.dep_.startswith("obl") and top.dep_ in SUBJECTS | {"dep"} and \
            any(c.dep_ == "case" and c.lower_ in {"à", "au", "aux"} for c in trigger.children):
        return verb.lemma_.lower() in word_list("attending-words.tsv")
    return trigger.head == verb and trigger.dep_ in SUBJECTS and top.dep_ == "obj" and \
        verb.lemma_.lower() in word_list("gathering-verbs.tsv")
