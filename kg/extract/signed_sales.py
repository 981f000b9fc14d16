"""Sales signed and sellers named: « A et B ont signé le contrat de vente » (both sides sign, the makers' state
sells), « acquérir X auprès de Y » (the one bought from), « A et B ont signé un accord pour l'achat de W auprès
de C » (a joint purchase from the seller named apart)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.lexicon import Trigger, firm_nouns, role_cases, triggers, word_list
from kg.extract.mentions import Mention
from kg.extract.supply_origins import BUY, buys, made_in, makers_state
from kg.extract.syntax import (
    ACTOR_KINDS,
    DE_CASES,
    THESE,
    Sentence,
    case_of,
    governing_case,
    mention_root,
    predicate_of,
)
from kg.extract.third_recipients import supplied_to_third
from kg.records import Attribution, Claim, Entity, Fact

_FROM = "auprès de"
_PRICE_CASE = "pour"
_SIGNING = {"signer", "conclure", "parapher"}
# a deal signed by both sides: its verb, or its noun when the supply is its complement (« un accord portant sur »)
_DEALS = {(v, "VERB") for v in _SIGNING} | {(n, "NOUN") for n in ("accord", "contrat", "traité", "protocole")}


def signed_sale(sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments) -> bool:
    """« A et B ont signé le contrat de vente »: the signatories are both sides, neither is the supplier; « A et B
    ont signé un accord pour l'achat de W auprès de C »: a purchase that names its seller apart is the signatories'
    joint purchase from it."""
    return trigger.pos_ != "VERB" and entry.detail in {"sell", BUY} \
        and len(args.agents) + len(args.implicit) >= 2 \
        and any(a.lemma_.lower() in _SIGNING for a in [predicate_of(trigger), *trigger.ancestors]) \
        and not (entry.detail == BUY and _seller_apart(sentence, trigger, args))


def signed_for_one(trigger: Token, suppliers: list[Entity], recipients: list[Entity]) -> list[Entity]:
    """« A et B ont signé un contrat pour la livraison de W à l'armée de B »: a supply two signatories agree on, to
    one of them, is given by the other(s); empty when the supply is not told under a deal so signed."""
    if trigger.pos_ != "NOUN" or len(suppliers) < 2 or not any(
            (a.lemma_.lower(), a.pos_) in _DEALS for a in trigger.ancestors):
        return []
    givers = [s for s in suppliers if all(s.key != r.key for r in recipients)]
    return givers if 0 < len(givers) < len(suppliers) else []


def signer_of_sale(ctx: Context, trigger: Token, entry: Trigger, args: Arguments) -> bool:
    """« X a signé une lettre d'accord pour la vente de W »: one state signing a deal for a sale that names no buyer
    is its buyer when W is made in another state: no seller is told (a signer of W's state, or a firm, sells it)."""
    if trigger.pos_ == "VERB" or entry.detail != "sell" or args.recipients or \
            len(args.agents) + len(args.implicit) != 1 or \
            not any(a.lemma_.lower() in _SIGNING for a in trigger.ancestors):
        return False
    signer = ctx.actor(args.agents[0]) if args.agents else args.implicit[0]
    homes = makers_state(ctx, [m.entity for m in args.weapons])
    return signer.cls == "State" and bool(homes) and homes[0].key != signer.key


def this_sale_aside(trigger: Token, entry: Trigger, args: Arguments) -> bool:
    """« Avec cette vente, Y devient le sixième client du système »: a sale pointed back to, set aside in a clause
    about something else, is the sale told before; the clause's subject sells nothing."""
    return trigger.pos_ == "NOUN" and entry.detail == "sell" and trigger.dep_ in {"obl", "obl:mod"} \
        and not args.recipients and any(c.dep_ == "det" and c.lower_ in THESE for c in trigger.children)


def paid_for_nothing(sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments) -> bool:
    """« Y a payé 2 milliards à X pour 24 avions W »: a purchase whose object is a sum (a payment) buys the systems
    it names, and nothing when it names none (« payé ... pour la formation de ses pilotes »)."""
    objects = [c for c in trigger.children if c.dep_ == "obj"]
    return entry.detail == BUY and not args.weapons and bool(objects) and all(sentence.in_money(c) for c in objects)


def _seller_apart(sentence: Sentence, trigger: Token, args: Arguments) -> bool:
    """« l'achat de W auprès de C », « ... auprès du fabricant C » after the purchase: a seller that signs not."""
    return any(m not in args.agents for m in named_sellers(sentence, trigger, args)) or any(
        m.how in ACTOR_KINDS - {gz.PERSON, gz.DEMONYM} and m.start > trigger.i and m not in args.agents
        and governing_case(sentence, m, trigger) == _FROM for m in sentence.mentions)


def hung_on_phrase(sentence: Sentence, mention: Mention, trigger: Token) -> bool:
    """« acquérir des avions, à l'occasion de la visite à X »: an « à X » inside another prepositional phrase of
    the purchase is no seller; « commandé par la marine de X à Y »: one hung on the buyer, the agent, is; a
    demonym stands for the noun it qualifies (« commandé auprès du constructeur russe »: Russia sells), and a part
    of a firm for the firm (« commandé à la filiale X du groupe Y »)."""
    token = mention_root(sentence, mention)
    if mention.how == gz.DEMONYM and token.dep_ == "amod" and token.head.pos_ == "NOUN":
        token = token.head
    token = token.head
    while token != trigger and token.head != token:
        if token.pos_ == "NOUN" and case_of(token) and case_of(token) not in DE_CASES \
                and token.dep_ != "obl:agent" and token.lemma_.lower() not in word_list("firm-branches.tsv"):
            return True
        token = token.head
    return False


def named_sellers(sentence: Sentence, trigger: Token, args: Arguments) -> list[Mention]:
    """« commander des avions à la France »: the one the buyer buys from; « à la filiale X du groupe Y »: Y."""
    return [firm_of_branch(sentence, m) for m in args.recipients if (trigger.is_ancestor(mention_root(sentence, m))
            or governing_case(sentence, m, trigger) == _FROM)  # « acquérir X auprès de Y » hung on the verb
            and not hung_on_phrase(sentence, m, trigger)
            and governing_case(sentence, m, trigger) in role_cases("seller")] \
        or priced_sellers(sentence, trigger, args) or introduced_sellers(sentence, trigger)


def introduced_sellers(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« ont commandé au groupe d'armement X des véhicules »: a firm named right after the trade noun the purchase's
    « à » (« auprès de ») governs sells, though the parser takes its name for the object."""
    found = []
    for mention in sentence.mentions:
        if mention.how != gz.COMPANY or mention.start < 1:
            continue
        noun = sentence.doc[mention.start - 1]
        if case_of(noun) in DE_CASES and noun.head.i < noun.i:  # « du groupe d'armement X »
            noun = noun.head
        if noun.lemma_.lower() in firm_nouns() and noun.head == trigger and case_of(noun) in role_cases("seller"):
            found.append(mention)
    return found


def priced_sellers(sentence: Sentence, trigger: Token, args: Arguments) -> list[Mention]:
    """« acheter des chars pour 90 millions d'euros à X », « l'achat de W pour N dollars aux X »: the parser hangs
    an « à X » told after the price on the sum, and a price has no beneficiary: X sells. « a approuvé (validé,
    autorisé) l'achat de W à X »: one hung on the verb of approving the purchase sells too."""
    found = []
    for mention in args.recipients:
        root = mention_root(sentence, mention)
        if case_of(root) not in role_cases("seller") or not (
                _on_price(sentence, root.head, trigger) or _on_approval(root.head, trigger)
                or _goods_of_price(sentence, root.head, trigger)):
            continue
        found.append(firm_of_branch(sentence, mention))
    return found


def _on_price(sentence: Sentence, token: Token, trigger: Token) -> bool:
    """Whether a token is in the price of a purchase: a sum « pour N » in the clause of the purchase."""
    if not sentence.in_money(token):
        return False
    for _ in range(4):
        if case_of(token) == _PRICE_CASE:
            return trigger.is_ancestor(token) or token.head == trigger or token.head.is_ancestor(trigger)
        if token.head == token or not sentence.in_money(token.head):
            return False
        token = token.head
    return False


def _goods_of_price(sentence: Sentence, goods: Token, trigger: Token) -> bool:
    """« acheter pour N dollars d'armements à X »: the parser hangs the « à X » on the goods the sum is of."""
    return goods.dep_ == "nmod" and case_of(goods) in DE_CASES and not sentence.in_money(goods) \
        and _on_price(sentence, goods.head, trigger)


def _on_approval(verb: Token, trigger: Token) -> bool:
    return trigger.pos_ == "NOUN" and trigger.dep_ == "obj" and trigger.head == verb \
        and verb.lemma_.lower() in word_list("purchase-approvals.tsv")


def firm_of_branch(sentence: Sentence, mention: Mention) -> Mention:
    """« la branche X de <maker> », « la filiale X du groupe Y »: the firm a part of it named stands for (the
    parser may hang the firm on the part's name)."""
    branch = mention_root(sentence, mention).head
    if branch.lemma_.lower() not in word_list("firm-branches.tsv"):
        return mention
    firms = [m for m in sentence.mentions if m.how == gz.COMPANY and m is not mention]
    for firm in firms:
        root = mention_root(sentence, firm)
        if root.head.lemma_.lower() in word_list("firm-nouns.tsv"):
            root = root.head  # « du groupe Y »
        if (root.head == branch or mention.start <= root.head.i < mention.end) and case_of(root) in DE_CASES:
            return firm
    return mention


def deal_sale(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, said: Attribution) -> Claim | None:
    """« un contrat conclu entre A et B pour 14 chasseurs X », « A a signé avec B un contrat pour six avions X »:
    a deal between two states for systems all made in one of them is a sale by that one to the other; a maker
    that signs stands for its state (« A a signé avec <maker> un contrat portant sur 96 obusiers X »), which sells
    (a multinational group's only where the article names it); for matériel it names no system of, the one side
    its demonym names (« B a signé avec Washington un contrat pour la fourniture de 40 chasseurs américains »: the
    United States sell)."""
    weapons = [w.entity for w in args.weapons]
    sides = states(ctx, [ctx.actor(m) for m in args.agents + args.partners] + args.implicit)
    firms = [home for p in sides if p.cls == "Company" and (home := ctx.home_state(p)) is not None]
    parties = [p for p in sides if p.cls == "State"] + firms
    makers = makers_state(ctx, weapons) or _partner_state(ctx, weapons, args) or \
        ([] if weapons else _goods_origin(ctx, sentence, trigger, args, parties))
    if not weapons and not makers:
        return _firm_sale(ctx, sentence, trigger, sides, said)
    if len({p.key for p in parties}) != 2 or len(makers) != 1 or makers[0].key not in {p.key for p in parties} \
            or supplied_to_third(ctx, sentence, {p.key for p in parties}):  # « pour la fourniture de chars à X »
        return None
    fact = Fact("support", (sentence.evidence(),), said, attrs=(("support_kind", "sell"),))
    return Claim(fact.with_roles("supporter", makers).with_roles("weapon", weapons)
                 .with_roles("recipient", [p for p in parties if p.key != makers[0].key][:1]),
                 maker_state=any(ctx.multinational(p) for p in sides if p.cls == "Company"))


def _firm_sale(ctx: Context, sentence: Sentence, trigger: Token, sides: list[Entity], said: Attribution) \
        -> Claim | None:
    """« X a signé avec <firm> un contrat pour la fourniture de radars »: a deal of one state with one firm for the
    supply of matériel it names no system of is the firm's sale to the state, at home or abroad."""
    firms = [s for s in sides if s.cls == "Company"]
    buyers = [s for s in sides if s.cls == "State"]
    if len(firms) != 1 or len({b.key for b in buyers}) != 1 or not any(map(_handed_over, _goods_nouns(trigger))) or \
            supplied_to_third(ctx, sentence, {buyers[0].key}):
        return None
    fact = Fact("support", (sentence.evidence(),), said, attrs=(("support_kind", "sell"),))
    return Claim(fact.with_roles("supporter", firms).with_roles("recipient", buyers[:1]))


def _goods_origin(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments,
                  parties: list[Entity]) -> list[Entity]:
    """The one side of a deal that the demonym of the matériel it is for names (« des chasseurs américains »)."""
    origins = {o.key for noun in [trigger, *_goods_nouns(trigger)] for o in made_in(ctx, sentence, noun, args)}
    return [p for p in parties if p.key in origins][:1] if len(origins) == 1 else []


_HANDED_OVER = {"deliver", "sell", "buy-for", "produce", "build", "export"}  # triggers.tsv details


def _handed_over(noun: Token) -> bool:
    """« la fourniture (la construction) de ... », not « la formation de pilotes »: a supply of goods, not a service."""
    return any(t.fact == "support" and t.detail in _HANDED_OVER
               for t in triggers().get((noun.lemma_.lower(), "NOUN"), []))


def _goods_nouns(deal: Token) -> list[Token]:
    """The supply or purchase nouns a deal is « pour » (« un contrat pour la fourniture (l'achat) de ... »), hung on
    the deal or on the verb it is the object of (where the parser may hang them)."""
    hosts = [deal] + ([deal.head] if deal.dep_ == "obj" else [])
    return [c for h in hosts for c in h.children if c.pos_ == "NOUN" and c.i > deal.i and case_of(c) == _PRICE_CASE
            and any(t.fact == "support" and t.object_role == "theme"
                    for t in triggers().get((c.lemma_.lower(), "NOUN"), []))]


def _partner_state(ctx: Context, weapons: list[Entity], args: Arguments) -> list[Entity]:
    """« A a signé avec B un contrat pour des chasseurs W », W made by firms of several states, B's among them and
    not A's: B, the one signed with, sells."""
    partners = states(ctx, [ctx.actor(m) for m in args.partners])
    if not weapons or len(partners) != 1 or partners[0].cls != "State" or not (args.agents or args.implicit):
        return []
    homes = [{h.key for m in ctx.makers(w) if (h := ctx.home_state(m)) is not None} for w in weapons]
    buyers = {b.key for b in states(ctx, [ctx.actor(m) for m in args.agents] + args.implicit)}
    return partners if all(partners[0].key in found and not buyers & found for found in homes) else []


def bought_qualifier(trigger: Token) -> bool:
    """« acheter des drones armés à X »: a past participle with no agent that qualifies what a purchase buys
    describes the systems (« armés »), it supplies nothing itself; its « à X » is the purchase's."""
    bought = trigger.head
    return trigger.pos_ == "VERB" and trigger.dep_ == "acl" and "VerbForm=Part" in str(trigger.morph) \
        and not any(c.dep_ == "obl:agent" for c in trigger.children) \
        and bought.dep_ == "obj" and bought.head.pos_ == "VERB" and buys(bought.head)




def qualifier_sides(sentence: Sentence, trigger: Token, cases: frozenset[str] | set[str]) -> list[Mention]:
    """« acheter des drones armés à la société X (pour Y) »: the parser hangs the purchase's phrases on the
    participle that qualifies what is bought; its « à X » is still the seller, its « pour Y » the one bought for."""
    if trigger.pos_ != "VERB" or not buys(trigger):
        return []
    participles = [p for o in trigger.children if o.dep_ == "obj" for p in o.children if bought_qualifier(p)]
    found = []
    for mention in sentence.mentions:
        if mention.how not in ACTOR_KINDS - {gz.PERSON, gz.DEMONYM}:
            continue
        token = mention_root(sentence, mention)
        if token.head.lemma_.lower() in firm_nouns() \
                and case_of(token) in DE_CASES | {""}:
            token = token.head  # « à la société X »
        if token.head in participles and case_of(token) in cases:
            found.append(mention)
    return found
