"""Signings still to come: « des accords seront signés », « les deux pays vont signer un accord », « les accords
que nous allons signer », « seront organisées des signatures d'accords », « la signature des accords aura lieu
jeudi »: a deal whose signing is told in the future (or after « aller ») is announced, not made; it is possible.
Words: ontology/lexicon/signings-to-come.tsv."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.extract.lexicon import table

# how a verb of taking place holds the signing noun
_TAKES = {"nsubj", "nsubj:pass", "obj", "obl:arg", "obl:mod", "dep"}
_LISTED = {"conj", "appos", "dep"}  # how the parser hangs the members of a listing on its first
_SIGNED = {"obj", "nsubj:pass"}  # how a verb of signing holds the deal noun


@cache
def _roles() -> dict[str, frozenset[str]]:
    """The words of each role: `sign` (verbs of signing), `act` (nouns of the signing), `occur` (verbs of taking
    place)."""
    rows = table("signings-to-come.tsv")
    return {role: frozenset(lemma for lemma, r in rows if r == role) for role in ("sign", "act", "occur")}


def _future(verb: Token) -> bool:
    """A verb in the future (« signera », « seront signés », « aura lieu »), or the infinitive after a finite
    « aller » (« vont signer », « allaient signer »; not « est allé signer »)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(_future_form(t) for t in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]):
        return True
    going = verb.head
    return verb.dep_ == "xcomp" and "VerbForm=Inf" in str(verb.morph) and going.lemma_.lower() == "aller" and \
        "VerbForm=Fin" in str(going.morph) and not any(c.dep_.startswith("aux") for c in going.children)


_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont")
_IRREGULAR = {"être": "ser", "avoir": "aur", "faire": "fer", "aller": "ir"}


def _future_form(verb: Token) -> bool:
    """« signera », « conclurons », « seront », « aura », « tiendra »: the tagger often reads a future as a present
    or a participle; the form tells it, the future stem of the infinitive with a future ending."""
    if "Tense=Fut" in str(verb.morph):
        return True
    lemma, form = verb.lemma_.lower(), verb.lower_
    stem = _IRREGULAR.get(lemma) or (lemma[:-4] + "iendr" if lemma.endswith("enir") else
                                      lemma[:-1] if lemma.endswith("re") else lemma)
    return any(form == stem + ending for ending in _ENDINGS)


def _signing_to_come(verb: Token) -> bool:
    """A verb of signing in the future, itself or as the infinitive of a finite « aller » it heads."""
    signs = _roles()["sign"]
    if verb.lemma_.lower() in signs and _future(verb):
        return True
    return verb.lemma_.lower() == "aller" and any(c.dep_ == "xcomp" and c.lemma_.lower() in signs and _future(c)
                                                  for c in verb.children)


def _act_to_come(noun: Token) -> bool:
    """A noun of the signing (« la signature », « des signatures », « la cérémonie de signature ») that a verb of
    taking place in the future has as subject or object."""
    # a member of a listing: « une cérémonie d'accueil, un sommet, des signatures d'accords »
    for _ in range(3):
        if noun.dep_ not in _LISTED or noun.head == noun or noun.head.pos_ != "NOUN":
            break
        noun = noun.head
    verb = noun.head
    return noun.dep_ in _TAKES and verb.lemma_.lower() in _roles()["occur"] and _future(verb)


def _verb_over(noun: Token) -> Token:
    """The verb a deal noun is the object of, over a date noun the parser may set between them (« signera vendredi
    un accord », where « accord » hangs on « vendredi »)."""
    head = noun.head
    if head.pos_ == "NOUN" and head.head != head and head.head.pos_ in {"VERB", "AUX"} and \
            head.i < noun.i and head.head.i < head.i:
        return head.head
    return head


def to_come(trigger: Token) -> bool:
    """The deal a trigger tells is still to be signed."""
    if trigger.pos_ == "VERB":
        return _signing_to_come(trigger)
    if trigger.pos_ != "NOUN":
        return False
    noun = trigger
    if noun.dep_ in _SIGNED and _signing_to_come(_verb_over(noun)):
        return True  # « les deux pays signeront un accord », « un accord sera signé »
    if any(c.dep_ in {"acl", "acl:relcl"} and _signing_to_come(c) for c in noun.children):
        return True  # « les accords que nous allons signer », « les accords qui seront signés »
    acts = _roles()["act"]
    for _ in range(3):  # « la signature des accords », « la cérémonie de signature des accords », « des signatures
        if noun.lemma_.lower() in acts and _act_to_come(noun):  # d'accords et de protocoles d'entente »
            return True
        if noun.dep_ not in {"nmod", "conj"} or noun.head == noun or noun.head.pos_ != "NOUN":
            return False
        noun = noun.head
    return noun.lemma_.lower() in acts and _act_to_come(noun)
