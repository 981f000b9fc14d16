"""« X a signé un accord de 3 millions avec A, et un autre de 2 millions avec B »: a second deal told by « un
autre » after the first, with its own sum and its own partner; whoever signs the first signs it too."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.deal_kinds import deal_kind
from kg.extract.lexicon import triggers
from kg.extract.syntax import Sentence

_OTHER = "autre"
_ONE = {"un", "une"}
_LINKS = {"et", ",", "ainsi"}


def _deal_noun(trigger: Token) -> Token | None:
    """The deal noun a trigger names: itself, or the object of a signing verb."""
    if trigger.pos_ == "NOUN":
        return trigger
    return next((c for c in trigger.children if c.dep_ == "obj" and c.pos_ == "NOUN" and any(
        t.fact == "agreement" for t in triggers().get((c.lemma_.lower(), "NOUN"), []))), None)


def other_deal(sentence: Sentence, trigger: Token) -> Token | None:
    """The « (et) un autre » after a deal noun that stands for a second deal of the same kind (not « une autre
    fois », « un autre pays »: a noun after it is something else)."""
    deal = _deal_noun(trigger)
    if deal is None:
        return None
    doc = sentence.doc
    for t in sentence.tokens:
        if t.lower_ == _OTHER and t.i > deal.i + 1 and doc[t.i - 1].lower_ in _ONE and \
                doc[t.i - 2].lower_ in _LINKS and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ not in {"NOUN", "PROPN"}):
            return t
    return None


def split_deals(sentence: Sentence, args: Arguments, other: Token) -> tuple[Arguments, Arguments]:
    """The arguments of the first deal and of the other one: partners and sums told after « un autre » are its
    own (« un autre d'une valeur de X »: the first sum after it, however parsed); the signers sign both."""
    own = [m for m in args.partners if m.start > other.i]
    sums = [(at, a) for at, a in args.amounts if at > other.i] or [
        (start, money.amount) for start, _end, money in sentence.money if start > other.i and not money.conversion][:1]
    first = args.but(partners=[m for m in args.partners if m.start < other.i],
                     amounts=[(at, a) for at, a in args.amounts if at < other.i],
                     weapons=[w for w in args.weapons if w.start < other.i])
    second = args.but(partners=own, amounts=sums,
                      weapons=[w for w in args.weapons if w.start > other.i])
    return first, second


def each_signer(trigger: Token, args: Arguments) -> tuple[Arguments, ...]:
    """« A et B ont signé des contrats avec C », « A et B ont conclu des accords avec C »: contracts, or deals of no
    kind said, in the plural, signed by coordinated sides with one partner named apart (« avec »), are one deal per
    signer with that partner, not one deal between all of them (« des accords de coopération », or one accord, may
    bind them all)."""
    deal = _deal_noun(trigger)
    signers = {m.entity.key: m for m in args.agents if m.start < deal.i} if deal is not None else {}
    if deal is None or deal_kind(trigger) not in {"contract", None} or "Number=Plur" not in str(deal.morph) or \
            len(signers) < 2 or not args.partners or \
            not any(c.dep_ == "det" and c.lower_ == "des" for c in deal.children):
        return ()
    partners = [m for m in args.partners if m.entity.key not in signers]  # a signer named again is no partner
    return tuple(args.but(agents=[signer], partners=partners) for signer in signers.values()) if partners else ()


def each_partner(trigger: Token, args: Arguments) -> tuple[Arguments, ...]:
    """« A a signé des contrats avec B et C », « A a conclu 135 millions d'euros de contrats auprès de B, C et D »:
    contracts in the plural that one side signs with coordinated partners are one deal per partner, not one deal
    between all of them (« un contrat avec B et C », « des accords avec B et C » may bind them all)."""
    deal = _deal_noun(trigger) or _counted_deal(trigger)
    # the one side may be the subject the deal inherits (« X a révélé avoir conclu des contrats avec B et C »)
    signers = {m.entity.key for m in args.agents} or {e.key for e in args.implicit}
    partners = {m.entity.key: m for m in args.partners if m.entity.key not in signers}
    if deal is None or deal_kind(deal) != "contract" or "Number=Plur" not in str(deal.morph) or \
            len(signers) != 1 or len(partners) < 2 or \
            any(c.dep_ == "det" and c.lower_ not in _PLURAL_INDEFINITE for c in deal.children):
        return ()
    return tuple(args.but(partners=[partner]) for partner in partners.values())


_PLURAL_INDEFINITE = {"des", "de", "d'", "d\u2019", "plusieurs"}


def _counted_deal(verb: Token) -> Token | None:
    """The deals a signing verb counts by their worth or number (« a conclu 135 millions d'euros de contrats »)."""
    return next((d for c in verb.children if c.dep_ == "obj" and c.pos_ in {"NOUN", "NUM"} for d in c.children
                 if d.dep_ == "nmod" and d.pos_ == "NOUN" and any(
                     t.fact == "agreement" for t in triggers().get((d.lemma_.lower(), "NOUN"), []))), None)


def each_seller(args: Arguments) -> tuple[Arguments, ...]:
    """« A et B ont vendu un système de défense à C »: firms coordinated as the sellers of one sale to a recipient
    each close a deal of their own with it, not one deal between them."""
    sellers = {m.entity.key: m for m in args.agents if m.how == gz.COMPANY}
    if len(sellers) < 2 or len(sellers) != len({m.entity.key for m in args.agents}) or not args.recipients:
        return ()
    return tuple(args.but(agents=[seller]) for seller in sellers.values())
