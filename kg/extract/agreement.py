"""Agreements: who signs or agrees with whom, on what, for how much."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.agreement_worth import WORTH_NOUNS, path_up, sum_of_subject, valued_thing, worth_told
from kg.extract.arguments import Arguments
from kg.extract.civil import civil_named
from kg.extract.context import Context, pair_in, states
from kg.extract.deal_kinds import ends_itself, of_another_deal, standing_tie, with_kind
from kg.extract.deal_parties import (
    chosen_maker,
    cleft_partner,
    counterpart_signer,
    firm_home,
    host_of_signing,
    made_elsewhere,
    partner_of_sum,
    purchase_seller,
    seen_awarded,
    state_with,
    system_maker,
    unbound_tie,
    under_talks,
    without_teller,
)
from kg.extract.lexicon import Trigger, role_cases, triggers, word_list
from kg.extract.negotiated import negotiated
from kg.extract.orders import CONCLUDING, order_buyers, order_sides
from kg.extract.other_deals import each_signer, other_deal, split_deals
from kg.extract.syntax import (
    ACTOR_KINDS,
    DE_CASES,
    DEFINITE,
    SUBJECTS,
    Sentence,
    case_of,
    mention_root,
)
from kg.kinds import Modality
from kg.records import Amount, Attribution, Claim, Entity, Fact

ORDER = "order"
SALE = "sale"  # « la vente de missiles à X pour 2 milliards »
VALUED = "valued"  # « celui-ci a été chiffré à ... »
WORTH = "worth"  # « il est d'une valeur de ... », « son montant atteint ... »
# « X a remporté un contrat de Y », « X a reçu une commande de Y »: the maker that wins and its client
_WINNING = {"remporter", "décrocher", "obtenir", "recevoir", "gagner", "emporter", "rafler"}
_CLIENT_CASES = {"de", "d'", "du", "des", "auprès", "auprès de"}
# « X a attribué à Y un contrat »: the one who awards and the one awarded
_AWARDING = {"attribuer", "octroyer", "confier", "notifier", "adjuger", "accorder"}
_SUPPLY_KINDS = {"deliver", "sell", "export"}
_ABOUT = {"porter", "concerner", "prévoir", "viser"}  # « un contrat portant sur la livraison de ... à X »
CONCLUDED = "concluded"  # a purchase a concluding verb closes with a seller (kg.extract.orders)
AWARD = "award"  # « X a confié à Y la construction de ... »: a work entrusted to a maker is a contract with it
CHOSEN = "chosen"  # « X a choisi Y pour construire ... »: the one chosen to supply or build signs with it
SOLD = "sold"  # « <maker> a vendu six avions à X »: a company's sale to a state is a contract between them


def _won(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """The winner of a contract or an order and the client it wins it from (« de X », « auprès de X », or a state
    « avec X »: a company « avec » another is a partner that wins with it), else the state the story is about:
    both are parties."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "obj" or trigger.head.lemma_.lower() not in _WINNING:
        return []
    winners = [e for c in trigger.head.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)]
    # « le groupe allemand X », read as two subjects: the firm wins, not its home state
    winners = [w for w in winners if w.cls == "Company"] or winners
    actors = {mention_root(sentence, m).i for m in sentence.mentions if m.how in ACTOR_KINDS}
    clients = []
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        if ((mention.how in ACTOR_KINDS - {gz.PERSON, gz.DEMONYM} and _from_client(root, trigger))
                or state_with(sentence, mention.how, root, trigger)) \
                and not any(case_of(t) in role_cases("recipient") and t.i in actors for t in path_up(root, trigger)):
            clients.append(ctx.actor(mention))
    if len(winners) == 1 and winners[0].cls == "Company" and not clients and not any(
            case_of(c) in {"avec", "auprès"} or c.lower_ == "auprès"
            for t in (trigger, trigger.head) for c in t.children):
        # « X a décroché un contrat pour la fourniture de camions à Y »: the one supplied; « le groupe X a remporté
        # un contrat de 2 milliards » in a story of one state: that state's (« avec le club Y », no actor, is none)
        clients = _supplied_to(ctx, sentence, trigger) or \
            [c for c in [ctx.story_client(sentence, winners[0])] if c is not None]
    return winners + clients if winners and clients else []


def _awarded(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a attribué à Y un contrat », « X lui a attribué un contrat »: who awards a contract and who is
    awarded it are its parties; « lui » is an actor named before, not the one who awards."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "obj" or verb.lemma_.lower() not in _AWARDING:
        return []
    hung = [c for c in trigger.children if c.dep_ == "nmod" and case_of(c) in {"à", "au", "aux"}]
    return seen_awarded(ctx, sentence, verb) or _award_sides(ctx, sentence, verb, hung)


def _award_sides(ctx: Context, sentence: Sentence, verb: Token, hung: list[Token]) -> list[Entity]:
    """Who awards (the subject, or « par X » in the passive) and who is awarded (« à Y », « lui »)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" or (c.dep_ == "obl:agent" and case_of(c) == "par")]
    givers = [e for c in subjects for e in ctx.resolve(sentence, c)]
    takers: list[Entity] = []
    for child in [*verb.children, *hung]:
        if child.dep_ == "iobj" or (child.dep_ in {"obl:arg", "obl", "obl:mod", "nmod"}
                                    and case_of(child) in {"à", "au", "aux"}):
            if child.pos_ == "PRON":
                takers += _named_before(ctx, sentence, child, subjects)
            else:
                takers += ctx.resolve(sentence, child)
    return givers + takers if givers and takers else []


def _named_before(ctx: Context, sentence: Sentence, pronoun: Token, subjects: list[Token]) -> list[Entity]:
    """« X fait savoir que Y lui a confié ... »: « lui » is the last actor named before it outside the giver."""
    before = [t for t in sentence.doc[sentence.span.start:pronoun.i]
              if t.dep_ in SUBJECTS and t not in subjects and t.pos_ != "PRON"]
    if not before:  # the parser may leave the subject of the main clause unlabelled
        givers = {t.i for s in subjects for t in s.subtree}
        before = [mention_root(sentence, m) for m in sentence.mentions if m.how in ACTOR_KINDS - {gz.PERSON}
                  and m.end <= pronoun.i and mention_root(sentence, m).i not in givers]
    return [e for t in before[-1:] for e in ctx.resolve(sentence, t)]


def _entrusted(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a confié à Y la construction de quatre frégates », « la modernisation des radars a été attribuée à Y
    par X »: a state that entrusts a work to a company signs a contract with it; a task given to a person
    (« confier une mission à son ministre ») is none."""
    works = [c for c in trigger.children if (c.dep_ in {"obj", "nsubj:pass"}
             and c.lemma_.lower() in word_list("commissioned-works.tsv"))
             or (c.dep_ == "nsubj:pass" and _is_deal(c))]  # « le contrat a été attribué à Y par X »
    if trigger.pos_ != "VERB" or not works:
        return []
    hung = [t for w in works for t in w.subtree if t.dep_ == "nmod" and case_of(t) in {"à", "au", "aux"}]
    sides = states(ctx, _award_sides(ctx, sentence, trigger, hung))
    givers = [s for s in sides if s.cls == "State"]
    takers = [s for s in sides if s.cls == "Company"]
    return givers[:1] + takers[:1] if givers and takers else []


def _headline_sides(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X : contrat de 10 ans avec Y »: a headline that opens on an actor and a colon before the deal names a
    side; « avec Y » after the deal, wherever the parser hangs it, the other."""
    doc = sentence.doc
    first = sentence.mention_at(doc[sentence.span.start])
    if trigger.pos_ != "NOUN" or first is None or first.how not in ACTOR_KINDS or first.end + 1 != trigger.i \
            or doc[first.end].text != ":":
        return []
    others = [m for m in sentence.mentions if m.start > trigger.i and m.how in ACTOR_KINDS
              and case_of(mention_root(sentence, m)) == "avec"]
    return [ctx.actor(m) for m in [first, *others]]


def _supplied_to(ctx: Context, sentence: Sentence, trigger: Token, goods: bool = False) -> list[Entity]:
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
        else case_of(c) == "pour" or (h == trigger and case_of(c) in _CLIENT_CASES)
        or (h in about and (case_of(c) == "sur" or c.dep_ == "obj")))]
    if goods:
        return [m.state for m in sentence.mentions if m.how == gz.DEMONYM and m.state is not None and
                (root := mention_root(sentence, m)).dep_ == "amod" and any(root.head.head == s and (
                    case_of(root.head) in DE_CASES or root.head.dep_ == "obj") for s in supplies)]
    return [ctx.actor(m) for m in sentence.mentions if m.how in ACTOR_KINDS - {gz.PERSON}
            and any(s.is_ancestor(root := mention_root(sentence, m)) for s in supplies)
            and case_of(_stood_for(root.head if root.dep_ == "amod" else root)) in role_cases("recipient")]


def _goods_side(ctx: Context, sentence: Sentence, trigger: Token, sides: list[Entity]) -> list[Entity]:
    """« un contrat qui prévoit la livraison de frégates italiennes à X »: the one side named, the goods' state."""
    found = states(ctx, _supplied_to(ctx, sentence, trigger, goods=True)) if len(sides) == 1 else []
    return [g for g in found if g.key != sides[0].key][:1]


def _stood_for(token: Token) -> Token:
    """« à la marine X », « au profit de l'armée de X »: the noun that carries the case of an actor, past the nouns
    that stand for it."""
    while case_of(token) in DE_CASES and token.head.lemma_.lower() in word_list("stand-in-nouns.tsv"):
        token = token.head
    return token


def _is_deal(token: Token) -> bool:
    return any(t.fact == "agreement" for t in triggers().get((token.lemma_.lower(), "NOUN"), []))


def _supplying(token: Token) -> bool:
    return any(t.fact == "support" and t.detail in _SUPPLY_KINDS
               for t in triggers().get((token.lemma_.lower(), token.pos_), []))


def _from_client(root: Token, trigger: Token) -> bool:
    """« un contrat de X », « un contrat ... auprès de X »; « auprès de X » may hang on the winning verb too.
    An « à X » on the way names a recipient (« livraison à l'armée de X ») only when X is an actor, not in
    « une vente à l'étranger »."""
    if trigger.is_ancestor(root):
        return case_of(root) in _CLIENT_CASES or root.head.lower_ == "auprès"
    return root.head.lower_ == "auprès" and trigger.head.is_ancestor(root)


def _priced_sale(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, said: Attribution) \
        -> Claim | None:
    """« Washington a approuvé la vente à X de missiles pour 2 milliards »: a sale with its price is a deal
    between the seller and the buyer, for that price."""
    sellers = states(ctx, [ctx.actor(m) for m in args.agents] or args.implicit)
    buyers = states(ctx, [ctx.actor(m) for m in args.recipients])
    sides = [p for p in sellers[:1] + buyers[:1] if p.cls != "Person"]
    if len({p.key for p in sides}) != 2:
        return None
    fact = Fact("agreement", (sentence.evidence(),), said, amounts=(args.amounts[0][1],),
                attrs=(("object", trigger.lemma_.lower()),))
    return Claim(fact.with_roles("party", sides))


def _measured(trigger: Token) -> bool:
    """« le niveau de coopération et de partenariat entre X et Y »: how close two sides are, no deal."""
    while trigger.dep_ == "conj" and trigger.head != trigger:
        trigger = trigger.head
    return trigger.pos_ == "NOUN" and trigger.dep_ == "nmod" and \
        trigger.head.lemma_.lower() in word_list("degree-nouns.tsv")


def build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
          said: Attribution) -> Claim | tuple[Claim, ...] | None:
    if trigger.pos_ == "VERB" and trigger.dep_ == "parataxis":
        return None  # « ..., conclut le communiqué »: a verb of saying set after what is said
    if entry.needs != "reflexive" and ends_itself(trigger):
        return None  # « la finale s'est conclue sur un score nul »: what ends is no deal
    if trigger.pos_ == "VERB" and any(c.dep_ == "obj" and c.lemma_.lower() in word_list("not-signed.tsv")
                                      for c in trigger.children):
        return None  # « le drone signe un nouveau succès »: an achievement, no deal signed
    if said.modality in {Modality.ASSERTED, Modality.REPORTED} and negotiated(trigger):
        said = replace(said, modality=Modality.POSSIBLE)  # « les négociations sur un contrat se poursuivent »
    other = other_deal(sentence, trigger)
    # « un accord ... avec A, et un autre ... avec B », « A et B ont signé des contrats avec C »: one deal each
    parts = split_deals(sentence, args, other) if other is not None else each_signer(trigger, args)
    if parts:
        claims = [_build(ctx, sentence, trigger, entry, part, said) for part in parts]
        told = tuple(replace(c, fact=with_kind(c.fact, trigger).with_attr("deal_order", str(n)))
                     for n, c in enumerate(claims) if c is not None)
        return told if len(told) > 1 else told[0] if told else None
    claim = _build(ctx, sentence, trigger, entry, args, said)
    return None if claim is None else \
        replace(claim, fact=with_kind(made_elsewhere(ctx, args, without_teller(sentence, trigger, said, claim.fact)),
                                      trigger))


def _build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
           said: Attribution) -> Claim | None:
    if _measured(trigger) or (standing_tie(trigger) and not any(  # « un partenariat de 10 milliards »: a deal
            trigger.is_ancestor(sentence.doc[at]) for at, _ in args.amounts)):
        return None
    if entry.detail == VALUED:
        return valued_thing(sentence, trigger, args, said)
    if entry.detail == WORTH:
        return worth_told(sentence, trigger, args, said)
    if entry.detail == SALE:
        return _priced_sale(ctx, sentence, trigger, args, said)
    if entry.detail in {CONCLUDED, SOLD, AWARD, CHOSEN}:
        return _work_claim(ctx, sentence, trigger, entry, args, said)
    noun = trigger.lemma_.lower() if trigger.pos_ == "NOUN" else None
    # « cet accord », « le contrat », « le montant du contrat »: a definite agreement noun is the one named before
    definite = _contracted(trigger) or _priced_aside(trigger, args) or (noun is not None and any(
        t.lower_ in DEFINITE and t.dep_ == "det" and t.head.lemma_.lower() == noun for t in sentence.tokens))
    parties = [ctx.actor(m) for m in args.agents + args.partners] + cleft_partner(ctx, sentence, trigger) + \
        counterpart_signer(ctx, sentence, trigger, [mention_root(sentence, m) for m in args.agents])
    won = _won(ctx, sentence, trigger) or _awarded(ctx, sentence, trigger)
    parties += [p for p in _headline_sides(ctx, sentence, trigger) + _supplied_to(ctx, sentence, trigger)
                + partner_of_sum(ctx, sentence, args)  # « un accord pour acheter des chars américains »: their state
                + ([] if args.partners or won else purchase_seller(ctx, sentence, trigger, args)) if p not in parties]
    maker = system_maker(ctx, args)
    if won:
        parties = won
    elif entry.detail == ORDER:
        ordered = order_sides(ctx, sentence, trigger, args)
        buyers = [ctx.actor(m) for m in args.agents] or order_buyers(ctx, sentence, trigger) or args.implicit
        if ordered is None and (maker is None or not buyers) and not definite:
            return None  # « X a commandé des avions »: a purchase, told as a support
        parties = ordered or buyers  # « X a commandé 42 avions W », « la commande de W par X »: placed with W's maker
    if len({p.key for p in parties}) <= 1 and not args.agents:  # (« le groupe suédois X »: X twice, one side)
        parties += args.implicit  # « Cet accord conclu avec la France » after « la Norvège a annoncé... »
    if not definite and not _describes_known(trigger):  # « le contrat conclu avec X »: told before, its parties
        parties += _client_of_maker(ctx, parties, args)
    args = replace(args, amounts=[(at, a) for at, a in args.amounts if not of_another_deal(trigger, sentence.doc[at])])
    amounts = _sum_and_parts(sentence, args) or (sum_of_subject(sentence, trigger)[:1] if definite else ())
    fact = Fact("agreement", (sentence.evidence(),), said, amounts=amounts, attrs=(("object", noun),) if noun else ())
    # the parties are states, companies or bodies; a signatory whose side is unknown is no party; « l'exportateur
    # russe X a signé ... »: a firm and its home state are one side, not two parties
    sides = [p for p in states(ctx, parties) if p.cls != "Person" and p.key not in firm_home(ctx, sentence, args)]
    # « des partenariats avec X et Y »: each is a partner of someone unnamed; states joined by a tie of firms: none
    sides = [] if _several(trigger, args) or unbound_tie(trigger, sides) else sides
    # « la Fédération X a signé un accord avec le club Y », « ... avec la Norvège »: bodies the reference data does
    # not know with no state, or a federation, a club, a university, sign no deal of this graph's
    if len(sides) >= 2 and (all(p.iri is None and p.cls != "State" for p in sides) or any(map(civil_named, sides))):
        sides = []
    host = host_of_signing(sentence, trigger, sides) if len(sides) == 1 else None  # « X a signé à <capitale de Y> »
    sides += [host] if host is not None else _goods_side(ctx, sentence, trigger, sides)
    # the one state that signs or orders, no seller said: the maker of the systems may be the other party
    buyers = states(ctx, [ctx.actor(m) for m in args.agents] + args.implicit + order_buyers(ctx, sentence, trigger))
    buying = len(sides) == 1 and sides[0].cls == "State" and sides[0].key in {b.key for b in buyers} and \
        not args.partners and not won and not _home_maker(ctx, maker, sides[0])
    # « Ils ont signé un plan » after talks: a plural pronoun that gives one side only is the pair under way
    plural = 2 * any(c.dep_ in SUBJECTS and c.lower_ in {"ils", "elles"} for c in trigger.children) or \
        2 * (not parties and under_talks(trigger))  # « conformément au protocole ..., la réunion a ... »
    return Claim(fact.with_roles("party", sides), pair_reference=len(sides) < 2 and (
        pair_in(sentence, trigger) or plural),
                 definite=definite, system_maker=maker if buying else None)


def _work_claim(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
                said: Attribution) -> Claim | None:
    """A purchase closed, a sale, a work entrusted or the one chosen for it, as a deal between its two sides; « X
    s'est vu attribuer 16 millions d'euros pour ... »: the sum awarded is the contract's."""
    sides = _sides_of_work(ctx, sentence, trigger, entry, args)
    paid = entry.detail == AWARD and any(c.dep_ == "obj" and sentence.in_money(c) for c in trigger.children)
    fact = Fact("agreement", (sentence.evidence(),), said, amounts=_sum_and_parts(sentence, args) if paid else ())
    return Claim(fact.with_roles("party", sides)) if sides else None


def _sides_of_work(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments) -> list[Entity]:
    """The two sides of a purchase closed with its seller (« X a finalisé l'achat de six corvettes auprès de Y »), a
    company's sale to a state, a work entrusted to a maker, or the one chosen for it."""
    if entry.detail == CONCLUDED:
        closed = trigger.dep_ == "obj" and trigger.head.lemma_.lower() in CONCLUDING
        return (order_sides(ctx, sentence, trigger, args) or []) if closed else []
    if entry.detail == SOLD:
        # « X a annoncé avoir vendu ... »: the seller may be the subject of the verb that governs the sale
        sellers = [e for e in [ctx.actor(m) for m in args.agents] or args.implicit if e.cls == "Company"]
        buyers = [b for b in states(ctx, [ctx.actor(m) for m in args.recipients]) if b.cls == "State"]
        return sellers[:1] + buyers[:1] if len(sellers) == 1 and buyers else []
    if entry.detail == AWARD:
        return _entrusted(ctx, sentence, trigger) or seen_awarded(ctx, sentence, trigger)
    return chosen_maker(ctx, sentence, trigger)


def _sum_and_parts(sentence: Sentence, args: Arguments) -> tuple[Amount, ...]:
    """The first sum the trigger governs, and the parts of it the sentence gives (« 11 milliards d'euros, dont
    2 milliards pour les chars »)."""
    if not args.amounts:
        return ()
    parts = {start for start, _end, money in sentence.money if money.part}
    first = args.amounts[0][0]
    return (args.amounts[0][1], *(a for start, a in args.amounts[1:] if start > first and start in parts))


def _client_of_maker(ctx: Context, parties: list[Entity], args: Arguments) -> list[Entity]:
    """« un contrat signé avec le fabricant X »: a deal with a maker, signed by a side left unsaid, is signed by
    the state the article is about."""
    lead = ctx.lead_actor()
    if args.agents or not args.partners or lead is None or lead.cls != "State" \
            or not all(p.cls == "Company" for p in parties):
        return []
    return [lead]


def _describes_known(trigger: Token) -> bool:
    """« le contrat conclu avec X »: a participle under a definite agreement noun."""
    return trigger.pos_ == "VERB" and any(
        any(t.fact == "agreement" for t in triggers().get((a.lemma_.lower(), "NOUN"), []))
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in a.children) for a in trigger.ancestors)


def _contracted(trigger: Token) -> bool:
    """« le montant du contrat », « la valeur de la commande »: a deal noun after an article merged with « de »,
    the complement of a worth, is the one named before."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "nmod" and trigger.head.lemma_.lower() in WORTH_NOUNS and \
        any(c.dep_ == "case" and c.lower_ in {"du", "au"} for c in trigger.children)


def _priced_aside(trigger: Token, args: Arguments) -> bool:
    """« Un marché d'environ 2 milliards de dollars qui ... »: a sentence with no verb, a deal noun and its sum
    and no party, gives the worth of the deal told before."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "ROOT" and bool(args.amounts) and \
        not (args.agents or args.partners)


def _several(trigger: Token, args: Arguments) -> bool:
    """« des accords », « des partenariats » with several partners and no signer: agreements in the plural, not one
    between all the partners."""
    return trigger.pos_ == "NOUN" and "Number=Plur" in str(trigger.morph) and not args.agents and \
        len(args.partners) >= 2 and not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in trigger.children)


def _home_maker(ctx: Context, maker: Entity | None, side: Entity) -> bool:
    """« X signe un accord pour vendre des missiles W »: a maker of the one side's own state is on its side."""
    home = ctx.home_state(maker) if maker is not None else None
    return home is not None and home.key == side.key
