"""A supply told as the contract or order a maker wins: « X a remporté (décroché, obtenu) un contrat pour la livraison
de W à Y »: X supplies; « X a obtenu de Y un contrat-cadre pour la fourniture de W »: Y, the one the deal is won from,
receives. The winning verbs (winning-verbs.tsv) and the contract nouns (deal-kinds.tsv, kind `contract`) are data."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context, states
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import deal_kinds, word_list
from kg.extract.syntax import ACTOR_KINDS, Sentence, case_of, mention_root
from kg.records import Entity

_CONTRACT = "contract"
_SALE, _DELIVERY = "sell", "deliver"
_FROM = DE_CASES | {"auprès"}  # « obtenir de Y », « décrocher auprès de Y »
_FOR = {"pour"}


def winning_verb(trigger: Token) -> Token | None:
    """The verb by which a maker wins the contract or order a supply noun is for (« remporter un contrat de
    fourniture de W », « décrocher une commande pour la livraison de W », the parser hanging the « pour » phrase on
    the contract or on the verb); None: no such verb."""
    if trigger.pos_ != "NOUN":
        return None
    if trigger.dep_ == "nmod" and _contract(trigger.head):
        verb = trigger.head.head if trigger.head.dep_ == "obj" else None
    elif trigger.dep_.startswith("obl") and case_of(trigger) in _FOR:
        verb = trigger.head if any(c.dep_ == "obj" and _contract(c) for c in trigger.head.children) else None
    else:
        return None
    return verb if verb is not None and verb.lemma_.lower() in word_list("winning-verbs.tsv") else None


def _contract(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and deal_kinds().get(noun.lemma_.lower()) == _CONTRACT


def won_from(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a obtenu de Y un contrat pour la fourniture de W »: the one the contract is won from receives."""
    verb = winning_verb(trigger)
    if verb is None:
        return []
    return states(ctx, [ctx.actor(m) for m in sentence.mentions if m.how in ACTOR_KINDS and m.state is not None
                        and (root := mention_root(sentence, m)).head == verb and case_of(root) in _FROM])


def won_sale(trigger: Token, kind: str | None) -> str | None:
    """« X a remporté un contrat pour la livraison de W »: a delivery a maker's won deal is for is a sale (to its own
    state too, kg.extract.home_orders)."""
    return _SALE if kind == _DELIVERY and winning_verb(trigger) is not None else kind
