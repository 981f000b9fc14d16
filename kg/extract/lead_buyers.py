"""Who buys when a purchase names only its seller: a state body named without its state, or systems told in passing
as bought, are the state the article is about's (kg.extract.support)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context
from kg.extract.lexicon import word_list
from kg.extract.syntax import DEFINITE, SUBJECTS, Sentence, predicate_of
from kg.records import Entity


def body_buyer(ctx: Context, sentence: Sentence, trigger: Token, sellers: list[Entity]) -> list[Entity]:
    """« le gouvernement fédéral a approuvé l'achat de X auprès de Y »: a state's body named without its state
    buys for the state the article is about."""
    verb = predicate_of(trigger)
    while verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and not any(c.dep_ in SUBJECTS for c in verb.children):
        verb = verb.head  # « le gouvernement allait acquérir », « veut acheter »: the subject of the verb it completes
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1 or subjects[0].lemma_.lower() not in word_list("state-bodies.tsv") or \
            any((m := sentence.mention_at(t)) is not None and m.how != gz.WEAPON for t in subjects[0].subtree):
        return []  # « le gouvernement, qui a acheté des W, ... »: the systems of its relative name no state
    lead = ctx.lead_actor()
    return [lead] if lead is not None and lead.cls == "State" and all(lead.key != s.key for s in sellers) else []


def lead_buyer(ctx: Context, trigger: Token, sellers: list[Entity]) -> list[Entity]:
    """« les pilotes voleront sur des F-16 commandés aux États-Unis »: systems told in passing as bought from a
    seller, with no buyer in the sentence, are the ones of the state the story is about (its headline's « X : », else
    its first state subject); so are the systems named before, bought in a passive clause with no buyer (« ces
    dernières avaient été achetées au Japon »); so are those whose purchase from a seller a body that names no state
    approves (« le comité a approuvé l'achat au constructeur Y de W »)."""
    participle = trigger.dep_ == "acl" and "VerbForm=Part" in str(trigger.morph)
    approved = trigger.pos_ == "NOUN" and trigger.dep_ == "obj" and \
        trigger.head.lemma_.lower() in word_list("purchase-approvals.tsv")
    told_before = any(c.dep_ == "aux:pass" for c in trigger.children) and any(
        c.dep_ == "nsubj:pass" and (c.lower_ == "ces" or "NumType=Card" in str(c.morph) or any(
            d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children))  # « six avaient été achetées »
        for c in trigger.children)
    if not approved and (trigger.pos_ != "VERB" or not (participle or told_before)):
        return []
    lead = ctx.story_state()
    return [lead] if lead is not None and lead.cls == "State" and all(lead.key != s.key for s in sellers) else []
