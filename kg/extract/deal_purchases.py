"""Purchases a deal holds: « X a signé avec Y un accord pour l'acquisition de 20 chars », « X a conclu un contrat
avec Y pour l'achat de 20 chars », « X a signé un contrat avec Y portant sur (concernant, visant) l'acquisition
de 20 chars »: the partner of the deal sells the systems, the one who signs it buys them. Talks on a purchase hold
it too (« les négociations avec Y sur l'achat de 20 chars ont abouti »): Y sells, to the state the story is told
from when no side of the talks is the subject."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.coordination import coordinated_after
from kg.extract.lexicon import role_cases, triggers
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, SUBJECTS, Sentence, case_of, mention_root, predicate_of
from kg.records import Entity

_WITH = "avec"
_FAILED = {"échouer", "capoter", "achopper", "rompre", "suspendre", "geler", "piétiner", "buter"}
_ON = {"sur", "concernant", "à propos de", "au sujet de", "autour de"}
_SIGNING = {"signer", "conclure", "parapher"}


def is_deal(token: Token) -> bool:
    return token.pos_ == "NOUN" and \
        any(t.fact == "agreement" for t in triggers().get((token.lemma_.lower(), "NOUN"), []))


def is_talks(token: Token) -> bool:
    return token.pos_ == "NOUN" and \
        any(t.fact == "negotiation" for t in triggers().get((token.lemma_.lower(), "NOUN"), []))


def _ends_in_deal(talks: Token) -> bool:
    """« les négociations ... sont terminées et un contrat a été signé », « ... ont abouti à un accord »: the
    sentence of the talks tells a deal signed (talks under way or that failed buy nothing)."""
    if predicate_of(talks).lemma_.lower() in _FAILED:
        return False
    return any(is_deal(t) or t.lemma_.lower() in _SIGNING for t in talks.sent if t != talks and not t.is_ancestor(talks)
               and not talks.is_ancestor(t))


def holding_deal(trigger: Token) -> Token | None:
    """The deal noun a purchase noun is the object of: « un accord pour l'acquisition » (its complement), « a
    conclu un contrat pour l'achat » (hung on the verb whose object is the deal), « un contrat portant sur
    l'acquisition » (the complement of a clause on the deal)."""
    head = trigger.head
    if trigger.pos_ == "VERB":
        return None
    if trigger.dep_ == "nmod":  # « les négociations avec Y sur l'achat de »: talks that end in a deal hold it too
        return head if is_deal(head) or (is_talks(head) and case_of(trigger) in _ON and _ends_in_deal(head)) else None
    if head.pos_ != "VERB" or not (trigger.dep_.startswith("obl") or trigger.dep_ == "obj"):
        return None
    if head.dep_ in {"acl", "acl:relcl"} and is_deal(head.head):
        return head.head  # « un contrat portant sur l'achat de », « un accord qui concerne l'acquisition de »
    if head.dep_ == "advcl" and head.head.lemma_.lower() in _SIGNING:  # « a signé des accords ..., portant sur »
        return next((t for t in head.head.subtree if is_deal(t) and predicate_of(t) == head.head), None)
    if trigger.dep_ == "obj":
        return None
    return next((c for c in head.children if c.dep_ == "obj" and is_deal(c)), None)


def deal_sellers(sentence: Sentence, trigger: Token, args: Arguments, weapons: list[Entity]) -> list[Mention]:
    """The partners of the deal that holds the purchase of a system (« un accord d'acquisition et de soutien
    logistique » buys nothing): those the parse gives the purchase, else the « avec Y » of the deal or its verb."""
    deal = holding_deal(trigger)  # talks on a system the parse hangs elsewhere (« sur l'achat d'avions X ont ... »)
    if deal is None or not (weapons or (is_talks(deal) and any(m.how == gz.WEAPON for m in sentence.mentions))):
        return []
    if args.partners:
        return args.partners
    anchors = {deal, predicate_of(deal)}
    found = [m for m in sentence.mentions if m.how in ACTOR_KINDS and m.how != gz.DEMONYM
             and (root := mention_root(sentence, m)).head in anchors and case_of(root) == _WITH]
    return [*found, *(m for f in found for m in coordinated_after(sentence, f) if m not in found)]


def deal_buyers(ctx: Context, sentence: Sentence, trigger: Token, sellers: list[Entity]) -> list[Entity]:
    """Who signs the deal that holds a purchase: the subject of the deal's verb (« il a signé des accords avec
    la France, portant sur l'acquisition de ... »)."""
    deal = holding_deal(trigger)
    if deal is None:
        return []
    verb = predicate_of(deal)
    found = [e for c in verb.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)]
    if not found and is_talks(deal) and (lead := ctx.lead_actor()) is not None and lead.cls == "State":
        found = [lead]  # « les négociations avec Y sur l'achat de X ont abouti »: the side the story is told from
    return [b for b in states(ctx, found) if all(b.key != s.key for s in sellers)]


def deal_noun(trigger: Token) -> Token | None:
    """« le contrat d'exportation de chars vers X »: the agreement noun a supply noun is the complement of."""
    head = trigger.head
    if trigger.pos_ == "VERB" or trigger.dep_ != "nmod" or head.pos_ != "NOUN":
        return None
    return head if is_deal(head) else None


def deal_recipients(ctx: Context, sentence: Sentence, deal: Token) -> list[Entity]:
    """« le contrat d'exportation de chars vers X »: the parser hangs the « vers X » of the sale on the deal."""
    return states(ctx, [ctx.actor(m) for m in sentence.mentions if m.how in ACTOR_KINDS
                        and mention_root(sentence, m).head == deal
                        and case_of(mention_root(sentence, m)) in role_cases("recipient")])
