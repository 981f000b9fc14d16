"""Talks told in a clause of place: « X était lundi au Kenya où il a discuté de ... », « X s'est rendu au Parlement
kényan où il a rencontré son président ». The one who is in, or goes to, a state, one of its cities or one of its
institutions, and there (« où il ... ») discusses, meets or talks, holds talks with that state, in the city when
one is named. The pronoun of the clause stands for the subject of the main clause, not for someone told before.
An institution is in the city a fronted frame of the journey names (« À son arrivée à X, il s'est rendu au
Parlement kényan où il a rencontré ... »): the talks are held there."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.lexicon import role_cases, word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import SUBJECTS, Sentence, case_of, is_pronoun_subject, mention_root
from kg.records import Attribution, Claim, Entity, venue


def _goer(ctx: Context, sentence: Sentence, place: Token) -> Entity | None:
    """The state of the subject of the clause the place is a complement of."""
    for token in [place.head, *place.head.ancestors]:
        subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            found = [s for s in states(ctx, ctx.resolve(sentence, subject)) if s.cls == "State"]
            return found[0] if len(found) == 1 else None
    return None


_ARRIVAL_NOUNS = {"arrivée", "visite", "séjour", "escale"}


def _frame_city(ctx: Context, sentence: Sentence, verb: Token, there: Entity) -> Mention | None:
    """« À son arrivée à X, ... s'est rendu au Parlement ... »: the city of the host state that a frame noun of
    arrival or stay, a complement of the verb of the journey, names."""
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        frame = root.head
        if mention.how in {gz.CITY, gz.CAPITAL} and case_of(root) in role_cases("place") and frame.head == verb \
                and frame.lemma_.lower() in _ARRIVAL_NOUNS and (host := ctx.host_state(mention.entity)) is not None \
                and host.key == there.key:
            return mention
    return None


def _place(sentence: Sentence, antecedent: Token) -> Mention | None:
    """The state, city or body the clause of place hangs on; a parliament named by its state's demonym or name
    (« au Parlement kényan », « à l'Assemblée du Kenya ») stands for that state."""
    place = sentence.mention_at(antecedent)
    if place is not None:
        return place if place.how in {gz.NAME, gz.CITY, gz.CAPITAL, gz.BODY} else None
    if antecedent.lemma_.lower() not in word_list("parliament-nouns.tsv"):
        return None
    return next((m for c in antecedent.children if c.dep_ in {"amod", "nmod"}
                 and (m := sentence.mention_at(c)) is not None and m.how in {gz.NAME, gz.DEMONYM}), None)


def where_held(ctx: Context, sentence: Sentence, trigger: Token, claim: Claim, said: Attribution) -> Claim | None:
    """The talks of a clause of place with their sides and city (see the module), or None when the trigger heads
    no such clause."""
    pronoun = next((c for c in trigger.children if c.dep_ == "nsubj" and is_pronoun_subject(c)), None)
    if trigger.pos_ != "VERB" or trigger.dep_ != "acl:relcl" or pronoun is None or \
            not any(c.lower_ == "où" for c in trigger.children):
        return None
    place = _place(sentence, trigger.head)
    if place is None:
        return None
    there = ctx.host_state(place.entity) if place.how in {gz.CITY, gz.CAPITAL} else ctx.actor(place)
    goer = _goer(ctx, sentence, trigger.head)
    if there is None or goer is None or there.cls != "State" or goer.key == there.key:
        return None
    told = {s.key for s in states(ctx, ctx.resolve(sentence, pronoun))} - {goer.key}
    others = [s for s in claim.fact.get("participant") if s.key not in told | {goer.key}]
    sides = [goer, *others] if any(s.cls == "State" for s in others) else [goer, there]
    fact = replace(claim.fact, roles=tuple((r, e) for r, e in claim.fact.roles if r != "participant"))
    parts = fact.parts
    city = place if place.how in {gz.CITY, gz.CAPITAL} else _frame_city(ctx, sentence, trigger.head.head, there)
    if city is not None and all(city.entity.key not in p.keys("place") for p in parts):
        parts = (*parts, venue(city.entity, fact.evidence, said))
    return replace(claim, fact=replace(fact, parts=parts).with_roles("participant", sides))
