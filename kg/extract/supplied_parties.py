"""The party a deal supplies (« un contrat pour fournir des canons à X », « un accord qui prévoit la livraison de
drones à X »), and the state of the goods it supplies (« la livraison de frégates italiennes »)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.deal_kinds import deal_kind
from kg.extract.lexicon import role_cases, triggers, word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, DE_CASES, Sentence, case_of, mention_root
from kg.records import Entity

CLIENT_CASES = {"de", "d'", "du", "des", "auprès", "auprès de"}  # « un contrat de X », « auprès de X »
_SUPPLY_KINDS = {"deliver", "sell", "export"}
_ABOUT = {"porter", "concerner", "prévoir", "viser"}  # « un contrat portant sur la livraison de ... à X »
_FOR_WHOM = {"profit": "au", "compte": "pour", "bénéfice": "au"}  # « au profit de Y », « pour le compte de Y »


def supplied_to(ctx: Context, sentence: Sentence, trigger: Token, goods: bool = False) -> list[Entity]:
    """« X a conclu un contrat pour fournir des canons à Y », « signé le contrat pour la fourniture à Y de 12
    avions », « ... pour fournir à la marine péruvienne », « un accord qui prévoit la livraison de drones à Y »: the
    one a deal supplies is a party (the parser hangs the purpose on the deal or on its verb); with `goods`, the
    state of the demonym on what it supplies instead (« la livraison de frégates italiennes »)."""
    holders = [trigger, trigger.head] if trigger.pos_ == "NOUN" and trigger.dep_ == "obj" else [trigger]
    deal = trigger if trigger.pos_ == "NOUN" else next((c for c in trigger.children if c.dep_ == "obj"), trigger)
    about = [c for c in deal.children if c.lemma_.lower() in _ABOUT and (c.dep_ == "acl" or (  # « portant sur »
        c.dep_ == "acl:relcl" and any(s.dep_ == "nsubj" and s.lower_ == "qui" for s in c.children)))]  # « qui prévoit »
    supplies = [c for h in holders + about for c in h.children if _supplying(c) and (
        any(m.dep_ == "mark" and m.lower_ == "pour" for m in c.children) if c.pos_ == "VERB"
        else case_of(c) == "pour" or (h == trigger and case_of(c) in CLIENT_CASES)
        or (h in about and (case_of(c) == "sur" or c.dep_ == "obj")))]
    if goods:
        return [m.state for m in sentence.mentions if m.how == gz.DEMONYM and m.state is not None and
                (root := mention_root(sentence, m)).dep_ == "amod" and any(root.head.head == s and (
                    case_of(root.head) in DE_CASES or root.head.dep_ == "obj") for s in supplies)]
    return [ctx.actor(m) for m in sentence.mentions if m.how in ACTOR_KINDS - {gz.PERSON}
            and any(s.is_ancestor(root := mention_root(sentence, m)) for s in supplies)
            and (case_of(_stood_for(root.head if root.dep_ == "amod" else root)) in role_cases("recipient")
                 or _supplied_state(ctx, root, m, supplies))]


def _supplied_state(ctx: Context, root: Token, mention: Mention, supplies: list[Token]) -> bool:
    """« un contrat pour fournir le Danemark en obusiers »: a state as the object of a verb of supplying is the one
    supplied (a state is no goods)."""
    return root.dep_ == "obj" and root.head in supplies and root.head.pos_ == "VERB" and \
        mention.how in {gz.NAME, gz.CAPITAL} and ctx.actor(mention).cls == "State"


def contracted_for(ctx: Context, sentence: Sentence, trigger: Token, signers: list[Mention]) -> list[Entity]:
    """« Un contrat a été signé avec X au profit de la marine Y », « ... pour le compte des forces Y »: with no
    signer named, the one a contract is signed for (through the nouns that stand for it) is its buyer."""
    if signers:
        return []
    holders = {trigger}
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"obj", "nsubj:pass"}:
        holders.add(trigger.head)
    out = []
    for mention in sentence.mentions:
        if mention.how not in ACTOR_KINDS - {gz.PERSON}:
            continue
        root = mention_root(sentence, mention)
        token = root.head if root.dep_ in {"amod", "flat:name"} else root
        while case_of(token) in DE_CASES and token.head != token and token.lemma_.lower() not in _FOR_WHOM and (
                token.head.lemma_.lower() in word_list("stand-in-nouns.tsv") or token.head.lemma_.lower() in _FOR_WHOM):
            token = token.head
        if _FOR_WHOM.get(token.lemma_.lower()) == case_of(token) and token.head in holders:
            out.append(ctx.actor(mention))
    return out


def goods_side(ctx: Context, sentence: Sentence, trigger: Token, sides: list[Entity]) -> list[Entity]:
    """« un contrat qui prévoit la livraison de frégates italiennes à X »: the one side named, the goods' state."""
    found = states(ctx, supplied_to(ctx, sentence, trigger, goods=True)) if len(sides) == 1 else []
    return [g for g in found if g.key != sides[0].key][:1]


def _stood_for(token: Token) -> Token:
    """« à la marine X », « au profit de l'armée de X »: the noun that carries the case of an actor, past the nouns
    that stand for it."""
    while case_of(token) in DE_CASES and token.head.lemma_.lower() in word_list("stand-in-nouns.tsv"):
        token = token.head
    return token


def _supplying(token: Token) -> bool:
    return any(t.fact == "support" and t.detail in _SUPPLY_KINDS
               for t in triggers().get((token.lemma_.lower(), token.pos_), []))


def destined_for(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a décroché un contrat pour construire 70 camions destinés aux forces armées Y »: the one the goods of a
    contract are meant for (« destinés à », after the deal's noun, before any other deal) buys them; an accord
    (« donner son accord à une donation de véhicules destinés à Y ») names no buyer so."""
    if trigger.pos_ != "NOUN" or deal_kind(trigger) != "contract":
        return []
    deals = [t.i for t in sentence.span if t.i > trigger.i and t.pos_ == "NOUN" and
             any(e.fact == "agreement" for e in triggers().get((t.lemma_.lower(), "NOUN"), []))]
    meant = [t for t in sentence.span if t.lemma_.lower() == "destiner" and t.dep_ == "acl" and
             trigger.i < t.i < min(deals, default=sentence.span.end)]
    return [ctx.actor(m) for m in sentence.mentions if m.how in ACTOR_KINDS - {gz.PERSON}
            and (root := mention_root(sentence, m)) is not None
            and (held := _stood_for(root.head if root.dep_ == "amod" else root)).head in meant
            and case_of(held) in role_cases("recipient")]
