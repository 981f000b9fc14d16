"""Agreements: who signs or agrees with whom, on what, for how much. The sides of a contract won, awarded, sold
or entrusted are read by kg.extract.awarded_deals, the party a deal supplies by kg.extract.supplied_parties,
which parties are its sides by kg.extract.agreement_sides."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.agreement_sides import by_firm, client_of_maker, co_firms, sides_of, unsaid_sides
from kg.extract.agreement_worth import WORTH_NOUNS, price_of_work, sum_of_subject, valued_thing, worth_told
from kg.extract.arguments import Arguments
from kg.extract.awarded_deals import (
    AWARD,
    CHOSEN,
    CONCLUDED,
    SOLD,
    contract_awarded,
    contract_won,
    shared_win,
    sides_of_work,
)
from kg.extract.between import unnamed_groups
from kg.extract.contested_deals import contested
from kg.extract.context import Context, pair_in, states
from kg.extract.deal_abroad import contracts_abroad
from kg.extract.deal_clauses import clause_partners
from kg.extract.deal_counted import counted_deals
from kg.extract.deal_exporter import exporter_of
from kg.extract.deal_idioms import idiom
from kg.extract.deal_kinds import deal_noun, ends_itself, of_a_total, of_another_deal, standing_tie, that_one, with_kind
from kg.extract.deal_parties import (
    cleft_partner,
    counterpart_signer,
    home_maker,
    in_aside,
    made_elsewhere,
    makers_home,
    makers_of,
    one_home,
    partner_of_sum,
    purchase_seller,
    system_maker,
    under_talks,
    without_teller,
)
from kg.extract.deals_to_come import to_come
from kg.extract.drafted_deals import drafted, made_before
from kg.extract.headline_deal_sides import headline_sides
from kg.extract.joined_deals import mark_joined
from kg.extract.known_deals import named_in_passing
from kg.extract.lexicon import Trigger, triggers, word_list
from kg.extract.negotiated import negotiated
from kg.extract.ordered_shares import ordered_shares
from kg.extract.orders import lot_received, order_buyers, order_sides
from kg.extract.other_deals import each_partner, each_seller, each_signer, other_deal, split_deals
from kg.extract.past_deals import told_before
from kg.extract.signed_with import signed_with
from kg.extract.supplied_parties import contracted_for, destined_for, supplied_to
from kg.extract.syntax import (
    DEFINITE,
    POSSESSIVES,
    SUBJECTS,
    Sentence,
    mention_root,
)
from kg.extract.topic_deals import in_passing
from kg.kinds import Modality
from kg.records import Amount, Attribution, Claim, Fact

ORDER = "order"
SALE = "sale"  # « la vente de missiles à X pour 2 milliards »
VALUED = "valued"  # « celui-ci a été chiffré à ... »
WORTH = "worth"  # « il est d'une valeur de ... », « son montant atteint ... »


def _priced_sale(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, said: Attribution) \
        -> Claim | None:
    """« Washington a approuvé la vente à X de missiles pour 2 milliards »: a sale with its price is a deal
    between the seller and the buyer, for that price."""
    sellers = states(ctx, [ctx.actor(m) for m in args.agents] or args.implicit)
    buyers = states(ctx, [ctx.actor(m) for m in args.recipients])
    sides = [p for p in sellers[:1] + buyers[:1] if p.cls != "Person"]
    # « la vente de missiles à X pour 2 milliards a été approuvée »: no seller told, the buyer alone (a lone deal)
    lone = bool(sides) and not sellers and bool(buyers) and said.modality in {Modality.ASSERTED, Modality.REPORTED}
    if not args.amounts:  # « un lot portant sur W1, et un autre sur W2 »: the part split off has no price of its own
        return None
    if len({p.key for p in sides}) != 2 and not lone:
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


def _signs_no_deal(verb: Token) -> bool:
    """What is signed (the object, the passive subject, the noun a participle qualifies) is no deal (not-signed.tsv)."""
    signed = [c for c in verb.children if c.dep_ in {"obj", "nsubj:pass"}] + ([verb.head] if verb.dep_ == "acl" else [])
    return any(t.lemma_.lower() in word_list("not-signed.tsv") for t in signed)


def build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
          said: Attribution) -> Claim | tuple[Claim, ...] | None:
    if trigger.pos_ == "VERB" and trigger.dep_ == "parataxis":
        return None  # « ..., conclut le communiqué »: a verb of saying set after what is said
    if entry.needs != "reflexive" and ends_itself(trigger):
        return None  # « la finale s'est conclue sur un score nul »: what ends is no deal
    if trigger.pos_ == "VERB" and _signs_no_deal(trigger):
        return None  # « le drone signe un nouveau succès »: an achievement; « une tribune signée par X »: no deal
    if _custom(trigger) or _joined_in_deed(trigger, entry) or idiom(trigger):
        return None
    if named_in_passing(trigger, args):
        return None  # « conformes aux accords déjà conclus »: a deal made before, carried out or followed
    if in_passing(sentence, trigger, args):
        return None  # « ils ont évoqué l'accord sur le climat », « depuis l'accord de paix »: a topic, a date
    args = args.but(agents=[m for m in args.agents if not in_aside(sentence, m)],  # « (filiale de A et B) »
                    partners=[m for m in args.partners if not in_aside(sentence, m)],
                    implicit=args.implicit[:1] if that_one(trigger) else args.implicit)  # « A et B ..., celui »: A
    if not args.partners and entry.detail != ORDER:  # « a conclu un contrat auprès de Y »
        args = args.but(partners=signed_with(sentence, trigger))
    said = _deal_modality(trigger, said)
    abroad = contracts_abroad(ctx, sentence, trigger, args)
    if abroad:  # « après ses contrats en X et en Y »: one deal each, with the company, other than the one told now
        said = replace(said, modality=Modality.ASSERTED) if said.modality == Modality.POSSIBLE and \
            any(c.dep_ == "det" and c.lower_ in DEFINITE for c in trigger.children) else said  # told as known
        return tuple(Claim(with_kind(Fact("agreement", (sentence.evidence(),), said), trigger)
                           .with_roles("party", sides).with_attr("deal_order", str(n)).with_attr("another", "yes"))
                     for n, sides in enumerate(abroad))
    shares = ordered_shares(ctx, sentence, trigger, args, order_buyers(ctx, sentence, trigger)) \
        if entry.detail == ORDER else None
    if shares is not None:  # « la commande de W1 à X, de W2 à Y »: one deal each, with the maker of its goods
        return tuple(Claim(with_kind(Fact("agreement", (sentence.evidence(),), said), trigger)
                           .with_roles("party", sides).with_attr("deal_order", str(n)))
                     for n, sides in enumerate(shares)) or None
    other = other_deal(sentence, trigger)
    # « un accord ... avec A, et un autre ... avec B », « A et B ont signé des contrats avec C »: one deal each
    parts = split_deals(sentence, args, other) if other is not None else each_signer(trigger, args) or (
        each_seller(args) if entry.detail == SOLD else ()) or each_partner(trigger, args)
    if parts:
        claims = [_build(ctx, sentence, trigger, entry, part, said) for part in parts]
        told = tuple(replace(c, fact=with_kind(c.fact, trigger).with_attr("deal_order", str(n)))
                     for n, c in enumerate(claims) if c is not None)
        return told if len(told) > 1 else told[0] if told else None
    claim = _build(ctx, sentence, trigger, entry, args, said)
    if claim is None:
        return None
    claim = replace(claim, fact=with_kind(made_elsewhere(ctx, args, without_teller(sentence, trigger, said,
                                                                                  claim.fact)), trigger))
    claim = replace(claim, fact=mark_joined(trigger, claim.fact))  # « A et B participent à la commande »
    if not claim.fact.get("party") and not claim.definite and told_before(trigger):
        claim = replace(claim, fact=claim.fact.with_attr("told_before", "yes"))  # history: no side of the story's
    return counted_deals(sentence, trigger, claim) or claim


def _deal_modality(trigger: Token, said: Attribution) -> Attribution:
    """How the deal itself is told, over what its sentence says of it: sought, to come or only meant; or made,
    whatever is meant for it (« il souhaite dénoncer le contrat conclu avec X »)."""
    if said.modality == Modality.POSSIBLE and made_before(trigger):
        return replace(said, modality=Modality.REPORTED if said.source is not None else Modality.ASSERTED)
    if said.modality in {Modality.ASSERTED, Modality.REPORTED} and (
            negotiated(trigger)  # « les négociations sur un contrat se poursuivent »
            or to_come(trigger)  # « des accords seront signés »: announced, not made
            or drafted(trigger)  # « l'intention de conclure un accord », « projet d'accord », « un accord est attendu »
            or contested(trigger)  # « trois candidats sont en lice pour ce contrat »: sought
            or _aimed(trigger)):  # « ... pour en faire un partenariat stratégique »
        return replace(said, modality=Modality.POSSIBLE)
    return said


def _build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
           said: Attribution) -> Claim | None:
    if _measured(trigger) or (standing_tie(trigger) and not any(  # « un partenariat de 10 milliards »: a deal
            trigger.is_ancestor(sentence.doc[at]) for at, _ in args.amounts)):
        return None
    if entry.detail in {VALUED, WORTH}:  # a thing valued (« d'une valeur de »), a worth told of the deal
        return (valued_thing if entry.detail == VALUED else worth_told)(sentence, trigger, args, said)
    if entry.detail == SALE:
        return _priced_sale(ctx, sentence, trigger, args, said)
    if entry.detail in {CONCLUDED, SOLD, AWARD, CHOSEN}:
        return _work_claim(ctx, sentence, trigger, entry, args, said)
    noun = trigger.lemma_.lower() if trigger.pos_ == "NOUN" else None
    definite = _definite(sentence, trigger, args, noun)
    args = args.but(partners=clause_partners(sentence, trigger, args.partners))
    parties = [ctx.actor(m) for m in args.agents + args.partners] + cleft_partner(ctx, sentence, trigger) + \
        counterpart_signer(ctx, sentence, trigger, [mention_root(sentence, m) for m in args.agents])
    won = contract_won(ctx, sentence, trigger) or contract_awarded(ctx, sentence, trigger)
    if not won and shared_win(trigger, [ctx.actor(m) for m in args.agents]):
        return None  # « A et B obtiennent un contrat »: the co-winners are one side, the client unsaid
    parties += [p for p in headline_sides(ctx, sentence, trigger) + supplied_to(ctx, sentence, trigger)
                + contracted_for(ctx, sentence, trigger, args.agents) + destined_for(ctx, sentence, trigger)  # Y buys
                + partner_of_sum(ctx, sentence, args)  # « un accord pour acheter des chars américains »: their state
                + exporter_of(ctx, sentence, trigger)  # « le plus gros contrat d'exportation de Y »: Y sells
                + ([] if args.partners or won else purchase_seller(ctx, sentence, trigger, args)) if p not in parties]
    maker = system_maker(ctx, args)
    # « X a commandé des W »: W's one maker, else the one state of its several makers, is the other side
    home = one_home(ctx, maker) if maker is not None else makers_home(ctx, args)
    if won:
        parties = won
    elif entry.detail == ORDER:
        ordered = order_sides(ctx, sentence, trigger, args)
        buyers = [ctx.actor(m) for m in args.agents] or order_buyers(ctx, sentence, trigger) or args.implicit
        if ordered is None and not (((maker or home) and buyers) or definite or lot_received(trigger)
                                    or by_firm(said, buyers)):
            return None  # « X a commandé des avions »: a purchase, told as a support
        parties = ordered or buyers  # « X a commandé 42 avions W », « la commande de W par X »: placed with W's maker
    if len({p.key for p in parties}) <= 1 and not args.agents and not co_firms(parties, args.implicit):
        parties += args.implicit  # « Cet accord conclu avec la France » after « la Norvège a annoncé... »
    if not definite and not _describes_known(trigger):  # « le contrat conclu avec X »: told before, its parties
        parties += client_of_maker(ctx, parties, args, said)
    args = args.but(amounts=_own_sums(sentence, trigger, args))
    amounts = _sum_and_parts(sentence, args) or (sum_of_subject(sentence, trigger, ctx)[:1] if definite else ())
    fact = Fact("agreement", (sentence.evidence(),), said, amounts=amounts, attrs=(("object", noun),) if noun else ())
    sides = sides_of(ctx, sentence, trigger, args, parties)
    if not sides and unnamed_groups(sentence, deal_noun(trigger) or trigger):
        return None  # « un partenariat entre les pays africains et les donateurs »: classes of actors, no sides
    sides += unsaid_sides(ctx, sentence, trigger, sides)
    # the one state that signs or orders, no seller said: the maker of the systems may be the other party
    buyers = states(ctx, [ctx.actor(m) for m in args.agents] + args.implicit + order_buyers(ctx, sentence, trigger))
    buying = len(sides) == 1 and sides[0].cls == "State" and sides[0].key in {b.key for b in buyers} and \
        not args.partners and not won and not home_maker(ctx, maker, sides[0]) and \
        (home is None or home.key != sides[0].key)
    # « Ils ont signé un plan » after talks: a plural pronoun that gives one side only is the pair under way
    plural = 2 * any(c.dep_ in SUBJECTS and c.lower_ in {"ils", "elles"} for c in trigger.children) or \
        2 * (not parties and under_talks(trigger))  # « conformément au protocole ..., la réunion a ... »
    return Claim(fact.with_roles("party", sides), pair_reference=len(sides) < 2 and (
        pair_in(sentence, trigger) or plural or (maker is None and lot_received(trigger))),
                 definite=definite, several=definite and "Number=Plur" in str(trigger.morph),
                 system_maker=maker if buying else None, maker_home=home if buying else None,
                 system_makers=makers_of(ctx, args) if buying and maker is None and home is not None else ())


def _work_claim(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
                said: Attribution) -> Claim | None:
    """A purchase closed, a sale, a work entrusted or the one chosen for it, as a deal between its two sides; « X
    s'est vu attribuer 16 millions d'euros pour ... »: the sum awarded is the contract's."""
    sides = sides_of_work(ctx, sentence, trigger, entry, args)
    paid = entry.detail == AWARD and any(c.dep_ == "obj" and sentence.in_money(c) for c in trigger.children)
    priced = args.but(amounts=[(at, a) for at, a in args.amounts if price_of_work(sentence, at)])
    fact = Fact("agreement", (sentence.evidence(),), said,
                amounts=_sum_and_parts(sentence, args if paid else priced) if entry.detail == AWARD else ())
    return Claim(fact.with_roles("party", sides)) if sides else None


def _own_sums(sentence: Sentence, trigger: Token, args: Arguments) -> list[tuple[int, Amount]]:
    """The sums of the deal itself: not those of another deal coordinated with it, nor of a total (a programme)."""
    return [(at, a) for at, a in args.amounts
            if not of_another_deal(trigger, sentence.doc[at]) and not of_a_total(trigger, sentence.doc[at])]


def _sum_and_parts(sentence: Sentence, args: Arguments) -> tuple[Amount, ...]:
    """The first sum the trigger governs, and the parts of it the sentence gives (« 11 milliards d'euros, dont
    2 milliards pour les chars »)."""
    if not args.amounts:
        return ()
    parts = {start for start, _end, money in sentence.money if money.part}
    first = args.amounts[0][0]
    # (the low end of a range « entre 2,1 et 2,7 milliards » is such a part, told before its sum)
    return (args.amounts[0][1], *(a for start, a in args.amounts[1:] if start != first and start in parts))


def _describes_known(trigger: Token) -> bool:
    """« le contrat conclu avec X »: a participle under a definite agreement noun."""
    return trigger.pos_ == "VERB" and any(
        any(t.fact == "agreement" for t in triggers().get((a.lemma_.lower(), "NOUN"), []))
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in a.children) for a in trigger.ancestors)


def _contracted(trigger: Token) -> bool:
    """« le montant du contrat », « la valeur de la commande »: a deal noun after an article merged with « de »,
    the complement of a worth, is the one named before."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "nmod" and trigger.head.lemma_.lower() in WORTH_NOUNS and \
        any(c.dep_ == "case" and c.lower_ in {"du", "au", "des"} for c in trigger.children)


def _priced_aside(trigger: Token, args: Arguments) -> bool:
    """« Un marché d'environ 2 milliards de dollars qui ... »: a sentence with no verb, a deal noun and its sum
    and no party, gives the worth of the deal told before."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "ROOT" and bool(args.amounts) and \
        not (args.agents or args.partners)


def _definite(sentence: Sentence, trigger: Token, args: Arguments, noun: str | None) -> bool:
    """« cet accord », « le contrat », « le montant du contrat »: a definite agreement noun is the one named before."""
    return _contracted(trigger) or _priced_aside(trigger, args) or _what_it_is(trigger) or _whole_of(trigger) or (
        noun is not None and any(t.lower_ in DEFINITE and t.dep_ == "det" and t.head.lemma_.lower() == noun
                                 for t in sentence.tokens))


_WHOLES = {"ensemble", "totalité", "total"}


def _whole_of(trigger: Token) -> bool:
    """« Son ensemble de contrats pèse ... », « l'ensemble des contrats atteint ... »: the deals a definite whole
    gathers are those named before."""
    whole = trigger.head
    return trigger.pos_ == "NOUN" and trigger.dep_ == "nmod" and whole.lemma_.lower() in _WHOLES and \
        any(c.dep_ == "det" and c.lower_ in DEFINITE | POSSESSIVES for c in whole.children)


def _what_it_is(trigger: Token) -> bool:
    """« Il s'agit d'un contrat de 2 milliards »: the deal noun of an impersonal « il s'agit de » is the one just told,
    said again with its worth."""
    return trigger.pos_ == "NOUN" and trigger.dep_.startswith("obl") and trigger.head.lemma_.lower() == "agir" and \
        any(c.dep_ == "expl:subj" and c.lower_ == "il" for c in trigger.head.children)


def _aimed(trigger: Token) -> bool:
    """« rehausser la coopération pour en faire un partenariat stratégique », « afin de bâtir une alliance »: a deal
    noun that an infinitive of purpose makes is an aim, not a deal made."""
    verb = trigger.head
    return trigger.pos_ == "NOUN" and trigger.dep_ == "obj" and verb.pos_ == "VERB" and \
        "VerbForm=Inf" in str(verb.morph) and not triggers().get((verb.lemma_.lower(), "VERB")) and \
        any(m.dep_ == "mark" and m.lower_ in {"pour", "afin"} for m in verb.children)


def _joined_in_deed(trigger: Token, entry: Trigger) -> bool:
    """« X s'associe à Y en fournissant du carburant »: a side that joins another by doing something, the gerund
    says what; the joining is that deed, no deal (a deal so made is told by its own verb: « en signant un accord »)."""
    return trigger.pos_ == "VERB" and entry.needs == "reflexive" and any(
        c.dep_ == "advcl" and "VerbForm=Part" in str(c.morph) and any(m.dep_ == "mark" and m.lower_ == "en"
                                                                       for m in c.children)
        for c in trigger.children)


def _custom(trigger: Token) -> bool:
    """« signé conformément au protocole »: a bare deal noun after « conformément à » is the custom followed."""
    return trigger.pos_ == "NOUN" and trigger.head.lemma_.lower() == "conformément" and \
        all(c.dep_ in {"case", "det"} for c in trigger.children)
