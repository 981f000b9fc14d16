"""Supplies told by the arrival of what is supplied: « l'arrivée à Dakar des patrouilleurs livrés par X », « les
Rafale commandés à X sont arrivés en Croatie » (the supply's participle on the things that arrive: where they arrive
receives them), « Zagreb a salué l'arrivée de six avions Y en provenance de X » (an arrival from a state: a
delivery by it to where the things arrive, else to who welcomes them). An arrival names its supplier or it is
none: « l'arrivée de troupes américaines », « l'arrivée du porte-avions américain » are deployments."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.lexicon import Trigger, word_list
from kg.extract.receptions import names_system
from kg.extract.syntax import DE_CASES, SUBJECTS, Sentence, case_of, mention_root, predicate_of
from kg.records import Attribution, Claim, Entity, Fact

ARRIVE = "arrive"  # the trigger detail of an arrival noun (triggers.tsv)
MOVING = {"deliver", "sell", "buy-for", "export"}  # supply kinds that move systems from one side to the other
_ARRIVAL_NOUNS = {"arrivée"}
_ARRIVING = {"arriver", "atterrir", "parvenir"}
# verbs that hand over what they move: « les avions achetés à X ont été livrés à Y » (Y bought them)
_HANDING = {"livrer", "remettre", "transférer", "fournir", "céder", "envoyer", "acheminer"}
_MOVED = {"nsubj:pass", "obj"}
_INTO = {"à", "au", "aux", "en"}
_PLACES = {gz.NAME, gz.CAPITAL}


def _systems(sentence: Sentence, noun: Token) -> bool:
    """« les blindés », « les obusiers Kestrel », « les Rafale »: a noun of systems, or one that holds a system."""
    return names_system(noun) or any(m.how == gz.WEAPON and (noun == (root := mention_root(sentence, m))
                                                             or noun.is_ancestor(root)) for m in sentence.mentions)


def _arrival_above(sentence: Sentence, trigger: Token) -> Token | None:
    """The arrival a participle of supply on systems (« les blindés », « les Rafale ») is told in: the noun
    « arrivée » they depend on, the verb of arriving they are the subject of, or a verb that hands them over
    (« les avions achetés à X ont été livrés à Y »)."""
    if trigger.dep_ != "acl" or "VerbForm=Part" not in str(trigger.morph) or not _systems(sentence, trigger.head):
        return None  # « les soldats envoyés par X sont arrivés au Y »: troops deployed
    for token in [trigger.head, *trigger.head.ancestors][:4]:
        if token.pos_ == "NOUN" and token.lemma_.lower() in _ARRIVAL_NOUNS:
            return token
        if token.pos_ == "VERB" and token.lemma_.lower() in _ARRIVING:
            return token if any(c.dep_ in SUBJECTS and c.is_ancestor(trigger) for c in token.children) else None
        if token.pos_ == "VERB" and token.lemma_.lower() in _HANDING:
            return token if any(c.dep_ in _MOVED and c.is_ancestor(trigger) for c in token.children) else None
    return None


def _places(ctx: Context, sentence: Sentence, arrival: Token, apart: Token | None = None) -> list[Entity]:
    """The states an arrival goes to (« à Dakar », « en Croatie »), outside the phrase `apart` (the participle's,
    whose « à X » may be a seller)."""
    return states(ctx, [ctx.actor(m) for m in sentence.mentions if m.how in _PLACES
                        and arrival.is_ancestor(root := mention_root(sentence, m)) and case_of(root) in _INTO
                        and (apart is None or not (apart.is_ancestor(root) or root == apart))])


def arrival_places(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger) -> list[Entity]:
    """« l'arrivée à Dakar des patrouilleurs livrés par X », « les avions commandés à X sont arrivés en Croatie »:
    where the things a participle of supply qualifies arrive (not of making: « fabriqués par Y »)."""
    arrival = _arrival_above(sentence, trigger) if entry.detail in MOVING else None
    return [] if arrival is None else _places(ctx, sentence, arrival, trigger)


def _arrives_systems(sentence: Sentence, trigger: Token) -> bool:
    """The arrival is of systems: its « de » complement names them."""
    things = [c for c in trigger.children if c.dep_ == "nmod" and case_of(c) in DE_CASES]
    return any(_systems(sentence, t) for t in things)


def _origins(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« en provenance de X », « d'origine X »: where what arrives comes from."""
    scope = predicate_of(trigger)
    return states(ctx, [ctx.actor(m) for m in sentence.mentions if m.state is not None and m.how in _PLACES
                        and (root := mention_root(sentence, m)).head.lemma_.lower() in word_list("origin-nouns.tsv")
                        and scope.is_ancestor(root)])


def _welcomers(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« Zagreb a salué l'arrivée ... »: who welcomes what arrives receives it."""
    verb = trigger.head
    if trigger.dep_ != "obj" or verb.lemma_.lower() not in word_list("welcome-verbs.tsv"):
        return []
    return states(ctx, [e for c in verb.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)])


def arrival(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, said: Attribution) -> Claim | None:
    """« l'arrivée de six avions Y en provenance de X » at a place or welcomed by a state: a delivery by X."""
    if not _arrives_systems(sentence, trigger):
        return None
    suppliers = _origins(ctx, sentence, trigger)
    if not suppliers:
        return None
    recipients = [r for r in _places(ctx, sentence, trigger) or _welcomers(ctx, sentence, trigger)
                  if r.cls == "State" and all(r.key != s.key for s in suppliers)]
    if not recipients:
        return None
    fact = Fact("support", (sentence.evidence(),), said, attrs=(("support_kind", "deliver"),))
    return Claim(fact.with_roles("supporter", suppliers).with_roles("recipient", recipients)
                 .with_roles("weapon", [w.entity for w in args.weapons]))
