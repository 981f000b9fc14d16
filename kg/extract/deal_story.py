"""Agreements across sentences: a deal told again is one agreement; « cet accord », « le contrat » is the one named
before; a deal that names fewer than two parties takes them from the sale, the visit or the talks told with it,
else from the maker of the systems it is for. Records only: no spaCy here (tests/test_discourse.py)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.deal_kinds import priced_apart, same_deal
from kg.extract.firm_story import same_firm
from kg.extract.joined_deals import JOINED
from kg.extract.lexicon import reach
from kg.extract.story import (
    FIRM,
    Story,
    Told,
    absorb,
    deal_alike,
    deal_sides,
    headline_partner,
    named_seller,
    sale_told_lately,
    sale_told_now,
    visit_partner,
)
from kg.extract.supply_story import SELLING
from kg.records import Claim, Entity, Fact

GOODS = "goods"  # the worth of matériel handed over just before (kg.extract.agreement_worth.GOODS)
WITHHELD = "withheld"  # the worth a sentence between left unsaid (kg.extract.agreement_worth.WITHHELD)


def attach_agreement(story: Story, claim: Claim) -> Fact | None:
    """An agreement between the same parties, told the same way, is one agreement; a definite one with fewer
    parties (« cet accord », « le contrat ») is the latest agreement, told the same way. Returns the sale guessed
    from the systems' makers that the deal names the seller of, which stands now (kg.extract.story.named_seller)."""
    fact = claim.fact
    keys = fact.keys("party")
    if _joined(story, fact):
        return None
    if len(keys) >= 2:
        _tell_with_parties(story, claim)
        return None
    if claim.several and not keys and _one_per_sale(story, fact):
        return None
    previous = story.last_deal(fact, claim.definite)
    # « le contrat fait suite à un précédent accord », « ... à l'accord de l'année dernière »: same sides
    if fact.attr("another") and not keys and previous is not None and (story.near(previous) or claim.definite) \
            and len(previous.fact.keys("party")) == 2:
        story.tell(fact.with_roles("party", previous.fact.get("party")))
        return None
    if fact.attr("told_before") and not keys and not claim.definite and not claim.pair_reference:
        return None  # « Un premier contrat avait été conclu en 2009 »: history; the states near it are not its sides
    # « Le montant n'a pas été divulgué. Il atteindrait ... »: a sentence about the worth between
    reach = 2 if fact.attr("worth") == WITHHELD else 1
    if fact.attr("worth") and (previous is None or _since_named(story, previous) > reach) and \
            not (fact.attr("worth") == GOODS and deal_sides(story, fact)):
        return None  # « Son montant atteint ... »: the worth of what the sentence before told, a deal or not
    if previous is not None and deal_alike(previous.fact, fact) and claim.definite:
        previous.fact = absorb(previous.fact, fact)
        previous.recalled_at = story.index  # « Ces contrats ont été signés ... Montant de ces contrats : ... »
        return None
    sale = None
    # « le contrat », « entre les deux pays », « Un contrat a été signé » right after a sale: the sale's sides
    if not claim.definite and (own := supplied_by_party(story, fact)):
        story.tell(fact.with_roles("party", own))  # « X va fournir à Y ..., un contrat de ... »
        return None
    if claim.definite or claim.pair_reference or (len(keys) == 1 and sale_told_now(story)) or \
            (not keys and sale_told_lately(story)):
        sides = _maker_for_unnamed(story, claim, deal_sides(story, fact))
        if not sides and (sale := named_seller(story, fact)) is not None:
            sides = [*sale.fact.get("supporter"), *sale.fact.get("recipient")]
            story.unnamed_sales.remove(sale)
        if len({s.key for s in sides}) < 2 or not keys <= {s.key for s in sides}:
            # « La visite a été marquée par la signature de cinq accords »: no deal told before, the visit's
            sides = _maker_side(story, claim) or (
                (_lone_sides(story, claim) or _partner(story, fact)) if previous is None else [])
        elif previous is not None and _seller_of_guess(previous.fact, sides):
            # « X a commandé 31 drones W. Le contrat a été signé avec Y »: Y, not W's maker, sells
            previous.fact = absorb(_without_guess(previous.fact), fact.with_roles("party", sides))
            return sale.fact if sale is not None else None
    else:
        sides = _partner(story, fact) or _maker_side(story, claim) or _announcing_firm(fact) \
            or _seller_near(story, fact)
        if not sides and len(keys) == 1 and story.index == 0:
            story.headline.append(fact)
    if not sides and len(keys) <= 1:
        story.lone_deals.append(Told(fact, story.index))
    if sides:
        guessed = sides[0] if sides == _maker_side(story, claim) else None
        story.tell(fact.with_roles("party", sides).with_attr("guessed_party", guessed.key if guessed else None))
    return sale.fact if sale is not None else None


def supplied_by_party(story: Story, fact: Fact) -> list[Entity]:
    """« X va fournir à Y quatre avions dans le cadre d'un contrat de 2 milliards », « ..., un contrat de 2
    milliards »: a deal whose one party is the supplier of a sale or delivery told in its sentence (the firm, or
    the firm whose home state the supply names) is between that party and the one supplied; « X a prolongé son aide
    à Y en signant un protocole d'accord »: the one funder of a financing told in it, and the one funded."""
    party = fact.get("party")
    if len(party) != 1:
        return []
    homes = {h.key for f, h in story.firm_homes if same_firm(party[0], f)} | {party[0].key}
    supplies = [t.fact for t in story.told if t.said_at == story.index and (
        (t.fact.kind == "support" and t.fact.attr("support_kind") in {"sell", "deliver"}
         and t.fact.keys("supporter") & homes)
        or (t.fact.kind == "financing" and t.fact.keys("funder") == {party[0].key}))
        and (t.fact.modality == fact.modality or {t.fact.modality, fact.modality} <= FIRM)]
    recipients = {r.key: r for s in supplies for r in s.get("recipient") if r.key not in homes}
    return [party[0], *recipients.values()] if len(recipients) == 1 else []


def _since_named(story: Story, told: Told) -> int:
    """Sentences since a deal was last named, or named again by a definite noun that added nothing to it."""
    again = told.recalled_at if told.recalled_at is not None else -99
    return min(story.since(told), story.index - again)


def _one_per_sale(story: Story, fact: Fact) -> bool:
    """« ces contrats » after sales told one by one: one deal per sale, between its seller and its buyer."""
    sales = _sales_since_deal(story, fact)
    pairs = {(one.get("supporter")[0].key, buyer.key): (one.get("supporter")[0], buyer)
             for one in sales for buyer in one.get("recipient")}  # « A a reçu trois W et celle de B six »: two sales
    for pair in pairs.values():
        story.tell(fact.with_roles("party", list(pair)))
    return bool(sales)


def _sales_since_deal(story: Story, fact: Fact) -> list[Fact]:
    """« X a vendu des avions à Y ... Z en a reçu trois. Ces contrats ... »: the sales or deliveries told close by
    since the latest deal, two or more, all of the one same supplier, told as facts as
    the deal is; none otherwise."""
    last = story.last("agreement")
    since = last.said_at if last is not None and last.said_at is not None else -1
    sales = [t.fact for t in story.told if t.fact.kind == "support" and t.fact.attr("support_kind") in SELLING
             and t.first_at is not None and since < t.first_at and story.index - t.first_at <= reach("recipient")
             and t.fact.get("recipient")]  # one with no recipient is no sale, dropped (complete)
    if fact.modality not in FIRM or len(sales) < 2 or any(s.modality not in FIRM or len(s.get("supporter")) != 1
                                                          for s in sales):
        return []
    return sales if len({k for s in sales for k in s.keys("supporter")}) == 1 else []


def deal_of_sale(story: Story, sale: Fact) -> None:
    """« <maker> a annoncé la signature d'un contrat. X achète dix hélicoptères W »: a deal told with its seller
    alone, in the sentence of a sale by that seller or the one before, is that sale's, with its buyer."""
    supplier, recipient = sale.get("supporter"), sale.get("recipient")
    if len(supplier) != 1 or len(recipient) != 1 or sale.attr("support_kind") not in SELLING:
        return
    for lone in reversed(story.lone_deals):
        alike = lone.fact.modality == sale.modality or {lone.fact.modality, sale.modality} <= FIRM
        if lone.said_at is not None and story.index - lone.said_at <= 1 and alike and \
                lone.fact.keys("party") == {supplier[0].key} and recipient[0].key != supplier[0].key:
            story.lone_deals.remove(lone)
            story.tell(lone.fact.with_roles("party", recipient))
            return


def _tell_with_parties(story: Story, claim: Claim) -> None:
    """A deal between the same parties, told the same way, is the one told before (unless another kind)."""
    fact = claim.fact
    keys = fact.keys("party")
    known = next((t for t in reversed(story.told) if t.fact.kind == "agreement"
                  and t.fact.keys("party") == keys and t.fact.modality == fact.modality), None)
    if known is not None and (not same_deal(known.fact, fact) or (not claim.definite
                                                                  and priced_apart(known.fact, fact))):
        known = None  # « ... un contrat pour six frégates. Les deux pays ont aussi signé un accord de prêt »
    if known is None and claim.definite and (lone := _partyless_before(story)):
        # « Deux contrats ont été signés : ... . Il s'agit du plus gros contrat d'exportation de Y »: the deal
        # named again gives its sides to the ones told with no party just before
        for told in lone:  # one deal named again keeps the sum told with its sides (« le contrat A-B de N »)
            story.lone_deals.remove(told)
            story.tell(absorb(told.fact, fact) if len(lone) == 1 else told.fact.with_roles("party", fact.get("party")))
    elif known is None:
        story.tell(fact)
    else:  # « la signature d'accords » then « une convention de coopération, un mémorandum ... »: the kinds said
        known.fact = absorb(known.fact, fact).with_attr("terms", known.fact.attr("terms") or fact.attr("terms"))


def _joined(story: Story, fact: Fact) -> bool:
    """« A, B et C participent à la commande »: sides joining the deal told last (the definite noun names it, however
    far back), told as a fact with two sides, are more sides of it, no deal of their own."""
    previous = story.last("agreement")
    if not fact.attr(JOINED) or previous is None or previous.fact.modality not in FIRM \
            or len(previous.fact.keys("party")) < 2:
        return False
    previous.fact = absorb(previous.fact, fact)
    return True


def _lone_sides(story: Story, claim: Claim) -> list[Entity]:
    """« A a mis un prêt à la disposition de ..., au terme d'une convention signée lundi. Les documents ont été
    signés par le président de B. [...] la signature de cette convention »: a deal named again with no side, no deal
    with sides told before, is the deal told one side at a time: between the two sides those tellings name."""
    if not claim.definite or claim.fact.keys("party"):
        return []
    sides = {e.key: e for t in story.lone_deals if t.fact.modality in FIRM for e in t.fact.get("party")}
    return list(sides.values()) if len(sides) == 2 else []


def _partyless_before(story: Story) -> list[Told]:
    """The deals of no party told in the sentence just before, or in this one."""
    return [t for t in story.lone_deals if not t.fact.keys("party") and t.said_at is not None
            and story.index - t.said_at <= 1]


def _maker_for_unnamed(story: Story, claim: Claim, sides: list[Entity]) -> list[Entity]:
    """« X a commandé six avions W. <maker> livrera les premiers appareils »: the sale's seller, a state the article
    never names (guessed from where the systems come from, a maker of its named), is the maker of the systems for
    the deal, as it is when no sale is told."""
    maker, own = claim.system_maker, claim.fact.keys("party")
    if maker is None or len(own) != 1:
        return sides
    return [maker if s.cls == "State" and s.key not in own | story.in_article else s for s in sides]


def _partner(story: Story, fact: Fact) -> list[Entity]:
    """The other side of a deal told with one party (the state visited, the side the title names), or both sides
    of one told with none at talks or a visit (« Lors de cette visite, un accord a été signé »), else the two states
    this sentence and the two before name."""
    keys = fact.keys("party")
    if len(keys) == 1:
        return visit_partner(story, fact) or headline_partner(story, fact)
    if keys:
        return []
    hosts = visit_partner(story, fact)
    # « X s'est rendu au Brésil. Plusieurs accords ont été signés »: the two states just named, visitor and host
    # (« du Danemark à la Colombie, les industriels enchaînent les contrats »: the states of its own sentence are not)
    trip = fact.modality in FIRM and story.index > 0 and not story.named_now
    if len(hosts) != 2 and trip and _talks_with_body(story):
        return []  # « X a rencontré des responsables de l'OTAN à Bruxelles, en Belgique »: the host is a place only
    return hosts if len(hosts) == 2 else story.recent_pair(2) or _pair_visit(story) if trip else []


def _talks_with_body(story: Story) -> bool:
    """The latest talks, told as a fact within the sentences `recent_pair` reads, hold an organisation: the states
    named beside them are where they are held or whom the body's members come from, not a deal's two sides."""
    talks = story.last("negotiation")
    return talks is not None and talks.said_at is not None and story.index - talks.said_at <= 2 \
        and talks.fact.modality in FIRM and any(p.cls == "Organisation" for p in talks.fact.get("participant"))


def _pair_visit(story: Story) -> list[Entity]:
    """« A termine sa visite d'État en B ... Un accord d'extradition a été signé »: a deal told as a fact with no
    side, in an article whose title or lede names the pair of the talks it tells, is between that pair."""
    talks = story.talks_of_pair(2)
    sides = talks.get("participant") if talks is not None else []
    pair = {s.key for s in story.pair}
    return sides if len(pair) == 2 and {s.key for s in sides} == pair else []


def _seller_near(story: Story, fact: Fact) -> list[Entity]:
    """« Le constructeur X a présenté son avion. Le pays Y a signé un contrat d'une valeur de ... »: a priced deal
    of one state, no seller said, is with the one firm of another state this sentence or the one before names."""
    party = fact.get("party")
    if not fact.amounts or len(party) != 1 or party[0].cls != "State" or fact.modality not in FIRM:
        return []
    firms = {f.key: (f, h) for i in (story.index - 1, story.index) for f, h in story.firms_at.get(i, ())}
    sellers = [f for f, home in firms.values() if home.key != party[0].key]
    return [party[0], sellers[0]] if len(sellers) == 1 and len(firms) == 1 else []


def _announcing_firm(fact: Fact) -> list[Entity]:
    """« X a passé une commande de 34 hélicoptères, a annoncé <firm> »: a contract of one party, no seller said, that
    a company tells is that company's."""
    party, source = fact.get("party"), fact.said.source
    if len(party) != 1 or source is None or source.cls != "Company" or source.key == party[0].key or \
            fact.attr("terms") not in {None, "contract"}:
        return []
    return [party[0], source]


def _maker_side(story: Story, claim: Claim) -> list[Entity]:
    """« X a commandé 42 avions W »: a deal of one party for systems of one known maker is placed with that maker;
    with its home state instead when the article names that state and never the maker (« des hélicoptères
    russes »: a side no sentence names is no side the reader is told)."""
    maker, home = claim.system_maker, claim.maker_home
    if len(claim.fact.get("party")) != 1 or (maker is None and home is None):
        return []
    if maker is None:  # systems of several makers of one state: the one maker of them the article names, else
        named = [m for m in claim.system_makers if m.key in story.makers]  # that state, where the article names it
        if len(named) == 1:
            return named
        return [home] if home is not None and home.key in story.in_article - claim.fact.keys("party") else []
    if maker.key not in story.makers and home is not None and home.key in story.in_article - claim.fact.keys("party"):
        return [home]
    return [maker]


def _seller_of_guess(deal: Fact, sides: list[Entity]) -> bool:
    """A deal placed with the systems' maker for want of a seller, whose buyer the sides of a later telling hold."""
    guessed = deal.attr("guessed_party")
    return guessed is not None and deal.keys("party") - {guessed} <= {s.key for s in sides}


def _without_guess(deal: Fact) -> Fact:
    guessed = deal.attr("guessed_party")
    kept = tuple((r, e) for r, e in deal.roles if e.key != guessed)
    return replace(deal, roles=kept).with_attr("guessed_party", None)


def without_restated_worth(story: Story, claims: list[Claim]) -> list[Claim]:
    """« ... un contrat avec Y. Son montant (le contrat) s'élève à 1 milliard »: the sum is the worth of the deal told
    just before, no payment of its own; a financing of the sentence that names no funder and only that sum goes."""
    worths = {a for c in claims if c.fact.kind == "agreement" and (c.fact.attr("worth") or c.definite)
              for a in c.fact.amounts}
    previous = story.last("agreement")
    if not worths or previous is None or story.since(previous) > 1:
        return claims
    return [c for c in claims if c.fact.kind != "financing" or c.fact.get("funder") or not c.fact.amounts
            or not set(c.fact.amounts) <= worths]
