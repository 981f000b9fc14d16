"""Orders placed and purchases concluded: « X a passé commande auprès de Y », « une commande de six avions a été
passée à Y », « X a placé une commande auprès de Y », « X a finalisé (officialisé, conclu, confirmé) l'achat de six
corvettes auprès de Y »: the one the order is placed with sells, the subject of the verb buys; with the verb in
the passive and no buyer said, the state the article is about buys."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.lexicon import role_cases
from kg.extract.mentions import Mention
from kg.extract.signed_sales import firm_of_branch
from kg.extract.syntax import ACTOR_KINDS, SUBJECTS, Sentence, case_of, governing_case, mention_root
from kg.records import Entity

_PLACING = {"passer", "placer", "soumettre", "adresser", "transmettre"}  # « soumettre une commande à Y »
_WITH_WHOM = "auprès"
_CLAUSES = {"acl", "acl:relcl", "advcl", "ccomp", "parataxis"}
# verbs by which a buyer closes a purchase or an order it names (« finaliser l'achat de X auprès de Y »)
CONCLUDING = {"finaliser", "officialiser", "conclure", "confirmer", "concrétiser", "boucler", "valider", "entériner",
              "signer", "faire"}
_ORDER_DEPS = {"obj", "nsubj:pass", "xcomp"}  # « passer (une) commande », « une commande a été passée »


def _cut_off(how: str, root: Token, verb: Token) -> bool:
    """« X a confirmé la commande de 30 obusiers auprès du sud-coréen <maker> », « X a fait l'acquisition auprès
    de la société norvégienne <maker> de ... »: the parser may cut a maker's name off its « auprès de » and hang it
    on the verb, as punctuation or as an object of its own; no one buys or orders for a maker."""
    if how != gz.COMPANY or root.head != verb:
        return False
    before = root.doc[root.i - 1] if root.i > 0 else None
    return root.dep_ == "punct" or (before is not None and before.i > verb.i and any(
        a.lower_ == _WITH_WHOM and verb.is_ancestor(a) for a in [before, *before.ancestors]))


def _other_clause(sentence: Sentence, root: Token, verb: Token) -> bool:
    """« X a fait l'acquisition auprès de Y de systèmes qui seront livrés à Z »: a name in a clause of its own below
    the verb (Z) is no side of the order; a system's designator the parser reads as a verb heads none."""
    token = root.head
    while token != verb and token.head != token:
        if token.pos_ in {"VERB", "AUX"} and token.dep_ in _CLAUSES and sentence.mention_at(token) is None:
            return True
        token = token.head
    return False


def placed_order(ctx: Context, sentence: Sentence, trigger: Token) -> tuple[list[Entity], list[Entity]] | None:
    """The sellers and buyers of an order noun placed with someone (None: no order placed, or no seller said)."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ not in _ORDER_DEPS or verb.lemma_.lower() not in _PLACING | CONCLUDING:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c != trigger]
    taken = {t.i for s in subjects for t in s.subtree}
    sellers = [ctx.actor(m) for m in sentence.mentions if m.how in ACTOR_KINDS - {gz.PERSON, gz.DEMONYM}
               and verb.is_ancestor(root := mention_root(sentence, m)) and root.i not in taken
               and not _other_clause(sentence, root, verb)
               and (governing_case(sentence, m, verb) in role_cases("seller") or _cut_off(m.how, root, verb))]
    if not sellers:
        return None
    buyers = [e for s in subjects for e in ctx.resolve(sentence, s)]
    passive = trigger.dep_ == "nsubj:pass" and not any(c.dep_ == "obl:agent" for c in verb.children)
    if not buyers and passive and (lead := ctx.lead_actor()) is not None and lead.cls == "State":
        buyers = [lead]
    sellers = states(ctx, sellers)
    return sellers, [b for b in states(ctx, buyers) if all(b.key != s.key for s in sellers)]


def order_sides(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[Entity] | None:
    """« X a commandé des avions à Y », « X a passé commande auprès de Y », « X a annoncé une commande de six
    hélicoptères auprès de Y »: the buyer and the seller are parties; an order with no seller named is a purchase,
    not an agreement (None)."""
    sellers = [m for m in args.recipients if governing_case(sentence, m, trigger) in role_cases("seller")] or \
        [m for m in args.recipients if m.how == gz.COMPANY] or \
        _placed_with(sentence, trigger)  # no one orders for a maker: the parse lost its « à »
    placed = placed_order(ctx, sentence, trigger)  # « une commande a été passée auprès de Y »
    if placed is not None and placed[1] and (not args.agents or not sellers):  # « X a officialisé la commande »
        return placed[1] + placed[0]
    if not sellers:
        return None
    # « à la filiale X du groupe Y »: Y
    sellers = list({id(m): m for m in (firm_of_branch(sentence, m) for m in sellers)}.values())
    if any(m.how == gz.COMPANY for m in sellers):  # « à la filiale française du groupe Y »: Y's home, no side
        sellers = [m for m in sellers if m.how != gz.DEMONYM]
    return ([ctx.actor(m) for m in args.agents] or order_buyers(ctx, sentence, trigger)) + \
        [ctx.actor(m) for m in sellers]


def _placed_with(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« une commande de six hélicoptères auprès de Y »: the parser may hang « auprès » on the order as a clause,
    or on the verb the order is the object of (« X a annoncé une commande ... auprès du chantier Y »), the name of
    the seller on the noun that describes it."""
    anchors = {trigger, trigger.head} if trigger.dep_ == "obj" else {trigger}
    # « une commande de 24 avions passée auprès de Y »: the participle that places it
    anchors |= {c for c in trigger.children if c.dep_ == "acl" and c.lemma_.lower() in _PLACING}
    return [m for m in sentence.mentions if m.how in ACTOR_KINDS - {gz.PERSON, gz.DEMONYM}
            and (near := _with_whom(mention_root(sentence, m))) is not None and near.head in anchors]


def _with_whom(root: Token) -> Token | None:
    """The « auprès » a name hangs on, directly or through the noun that describes it (« auprès du chantier Y »)."""
    for token in (root, root.head) if root.dep_ in {"amod", "nmod", "appos", "flat:name"} else (root,):
        if token.head.lower_ == "auprès" and token.head != token:
            return token.head
    return None


def order_buyers(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« la commande de 12 avions par X », « X a passé (une) commande de 12 avions »: the one an order noun says it
    is placed by, or the subject of the verb that places it."""
    if trigger.pos_ != "NOUN":
        return []
    placers = [c for c in trigger.head.children if c.dep_ in SUBJECTS] if trigger.dep_ in {"obj", "xcomp"} \
        and trigger.head.lemma_.lower() in _PLACING else []
    return [e for c in trigger.children if c.dep_ == "nmod" and case_of(c) == "par"
            for e in ctx.resolve(sentence, c)] + [e for c in placers + _receiver_of_lot(trigger)
                                                  for e in ctx.resolve(sentence, c)]


_LOTS = {"lot", "tranche", "partie", "livraison"}  # « le premier lot d'une commande de 24 avions »
_RECEIVING = {"recevoir", "réceptionner", "accueillir", "prendre", "obtenir"}  # « prendre livraison de »


def _receiver_of_lot(trigger: Token) -> list[Token]:
    """« X a reçu (a pris livraison d') un premier lot d'une commande de 24 avions »: the one that receives a part of
    an order placed it."""
    lot = trigger.head
    if trigger.dep_ != "nmod" or lot.lemma_.lower() not in _LOTS:
        return []
    verb = lot.head
    while verb.pos_ == "NOUN" and verb.lemma_.lower() in _LOTS and verb.head != verb:
        verb = verb.head  # « la livraison du premier lot de la commande »
    if lot.dep_ == "appos":  # « X a reçu six avions ..., un premier lot d'une commande de 24 »: what was received
        verb = next((a for a in lot.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in _RECEIVING), verb)
    return [c for c in verb.children if c.dep_ == "nsubj"] if verb.lemma_.lower() in _RECEIVING else []


def lot_received(trigger: Token) -> bool:
    """« X a reçu le premier lot d'une commande de 24 avions »: an order a part of which is received is the deal of
    the delivery told with it, between its sides."""
    return bool(_receiver_of_lot(trigger))
