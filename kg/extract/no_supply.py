"""Supply words that tell no military supply (kg.extract.support drops them): a verb of another sense (« un signal
envoyé à X », a ship sent into the sea, help to reform an institution, support in a civil field, a stance), a
support the sides share, an offer of a deed, a verb of equipping used reflexively."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import Trigger, modality_class, triggers, word_list
from kg.extract.receptions import names_system
from kg.extract.supply_origins import BUY
from kg.extract.syntax import case_of

_FIELD_NOUNS = {"domaine", "matière", "secteur"}  # « dans le domaine de », « en matière de »
_SEA = {"mer", "eau", "océan", "flot"}  # « envoyé à la mer », « mis à l'eau »
_BETWEEN = "entre"


def other_sense(trigger: Token) -> bool:
    """« un signal envoyé à X », « se livrer une guerre », « a entraîné une intervention »: what the verb moves
    or acts on is no matériel nor an army; a ship sent into the sea is launched, not supplied; a body formed at
    someone's initiative is founded, not trained; « fournir des opportunités de formation »: a supply noun that only
    qualifies such a thing gives nothing."""
    if trigger.pos_ != "VERB":
        return (trigger.dep_ == "nmod" and trigger.head.lemma_.lower() in word_list("not-supplied.tsv")) or \
            _stance(trigger)
    if any(c.dep_.startswith("obl") and c.lemma_.lower() in _SEA for c in trigger.children) or \
            _civil_domain(trigger) or _helps_reform(trigger) or _founded(trigger):
        return True
    objects = [c for c in trigger.children if c.dep_ == "obj"]
    if trigger.dep_ == "acl" and "VerbForm=Part" in str(trigger.morph):
        # « les efforts jordaniens livrés »: the parser may hang the participle on the noun's adjective
        head = trigger.head
        objects.append(head.head if head.pos_ == "ADJ" and head.dep_ == "amod" else head)
    return any(o.lemma_.lower() in word_list("not-supplied.tsv") for o in objects)


def _founded(verb: Token) -> bool:
    """« une organisation de neuf pays, formée en 2015 à l'initiative de X »: a verb of training whose complement
    tells who took the initiative forms a body; it trains no one."""
    return any(t.detail == "train" for t in triggers().get((verb.lemma_.lower(), "VERB"), [])) and any(
        c.dep_.startswith("obl") and c.lemma_.lower() in word_list("founding-marks.tsv") for c in verb.children)


def _helps_reform(verb: Token) -> bool:
    """« aider X à réformer et à moderniser ses secteurs de la défense »: help to reform an institution is advice, no
    supply of matériel nor training, unless what is reformed names systems (« à moderniser ses blindés »)."""
    deeds = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB" and
             any(m.dep_ == "mark" and m.lower_ == "à" for m in c.children)]
    if not deeds or deeds[0].lemma_.lower() not in word_list("reform-verbs.tsv"):
        return False
    deeds += [c for d in deeds for c in d.children if c.dep_ == "conj"]
    return not any(names_system(o) for d in deeds for o in d.children if o.dep_ == "obj")


def _civil_domain(verb: Token) -> bool:
    """« soutenir X dans le domaine de la santé (du maintien de la paix) », « en matière d'éducation »: a support
    whose field is a civil one is cooperation in that field."""
    fields = [c for c in verb.children if c.dep_.startswith("obl") and c.lemma_.lower() in _FIELD_NOUNS]
    named = [n for f in fields for n in f.children if n.dep_ == "nmod"]
    named += [n for f in named for n in f.children if n.dep_ == "nmod"]  # « du maintien de la paix »
    return any(n.lemma_.lower() in word_list("civil-domains.tsv") for n in named)


def _stance(noun: Token) -> bool:
    """« X a réitéré son soutien à Y »: a support a verb of stance declares is a position, not military help (unless
    it is said military)."""
    return noun.dep_ == "obj" and noun.head.lemma_.lower() in word_list("stance-verbs.tsv") and \
        not any(c.dep_ == "amod" and c.lemma_.lower() in word_list("military.tsv") for c in noun.children)


def shared_support(trigger: Token, entry: Trigger) -> bool:
    """« des centres communs de coordination et de formation », « une formation conjointe », « la formation entre
    les deux pays »: a support noun, or the noun it is the complement of, that the sides share is cooperation; a
    purchase the buyers make together (« un accord commun pour l'achat de W ») is still bought from its seller."""
    if trigger.pos_ != "NOUN" or entry.detail == BUY:
        return False
    nouns = [trigger]
    token = trigger
    while token.dep_ in {"conj", "nmod"} and token.head.pos_ == "NOUN" and len(nouns) < 4:
        token = token.head
        nouns.append(token)
    return any(c.dep_ == "amod" and c.lemma_.lower() in word_list("shared-qualifiers.tsv")
               for n in nouns for c in n.children) or \
        any(c.dep_ == "nmod" and case_of(c) == _BETWEEN for c in trigger.children)


def offers_to_do(trigger: Token) -> bool:
    """« X a offert de fournir des drones à Y »: an offer of a deed gives nothing; the deed is only possible."""
    return trigger.pos_ == "VERB" and modality_class(trigger.lemma_, trigger.pos_) == "offer" and \
        any(c.dep_ == "xcomp" for c in trigger.children)


def equips_itself(trigger: Token, entry: Trigger) -> bool:
    """« X se dote de drones » (a verb that equips its object, read by its buy-for row), « X s'offre des blindés » (a
    verb that hands its object over, given to oneself): used reflexively, it supplies no one."""
    reflexive = any(c.lower_ in {"se", "s'"} for c in trigger.children)
    causative = any(c.lemma_ == "faire" for c in trigger.children if c.i < trigger.i)  # « s'est fait livrer »
    if entry.detail != "deliver" or trigger.pos_ != "VERB" or not reflexive or causative:
        return False
    return entry.object_role == "recipient" or any(c.dep_ == "obj" for c in trigger.children)
