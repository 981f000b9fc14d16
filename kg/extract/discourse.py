"""Claims -> facts: what an article says across sentences. Talks named twice are one negotiation; « cet
accord » is the agreement named before; « les deux camps » are the sides of the talks under way; a supporter's
recipient carries over; a venue, an issue or a system named in a later sentence completes the fact it belongs
to. Records only: no spaCy here, so each rule is tested on records built by hand (tests/test_discourse.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from kg.extract.bare_supplies import systems_of_bare_supplies
from kg.extract.deal_kinds import alike_kinds
from kg.extract.deal_memory import remember_deals
from kg.extract.deal_story import attach_agreement, deal_of_sale, without_restated_worth
from kg.extract.financing_story import share_of_financing
from kg.extract.firm_story import firm_deal_sides, firm_for_state, home_side_only
from kg.extract.gift_worth import grant_of_gift
from kg.extract.headline_sums import exact_headline_sums
from kg.extract.later_stays import place_by_later_stays
from kg.extract.lexicon import reach
from kg.extract.lone_sums import purchases_of_lone_deals
from kg.extract.maker_deals import sale_of_deal
from kg.extract.scenes import place_in_scenes
from kg.extract.settled_sides import person_states, settle_sides
from kg.extract.shared_batches import shared_batch
from kg.extract.story import FACTUAL, FIRM, Story, Told, absorb, held_at, weapon_named_before
from kg.extract.supply_story import (
    SELLING,
    bought_from_seller_before,
    sides_of_deal,
    sold_in_deal,
    supplier_named_before,
)
from kg.extract.transfer_story import attach_stray_weapons, attach_transfer
from kg.extract.visited_pair import leaves_out_visited
from kg.kinds import KINDS
from kg.records import Claim, Entity, Fact, SentenceClaims

FINANCING_RANK = ("guarantee", "loan", "purchase", "contribution", "grant")  # most specific first


def _compatible(a: Fact, b: Fact) -> bool:
    if len({a.attr("deal_order"), b.attr("deal_order")} - {None}) > 1:
        return False  # « un accord avec A et un autre avec B »: two deals
    if (a.attr("another") is None) != (b.attr("another") is None):
        return False  # « le contrat fait suite à un précédent accord »: two deals
    if a.kind == "negotiation":  # « la rencontre de A avec B portera sur les discussions entre B et C »: two talks
        ka, kb = a.keys("participant"), b.keys("participant")
        return (len(ka) < 2 or len(kb) < 2 or ka <= kb or kb <= ka) and not _held_apart(a, b)
    giver = KINDS[a.kind].giver
    if giver is not None:
        ka, kb = a.keys(giver), b.keys(giver)
        if ka and kb and ka != kb:
            return False
        # « le pays a reçu des avions » beside « le ministère du pays ... produit »: no state supplies itself
        if (ka | kb) & (a.keys("recipient") | b.keys("recipient")):
            return False
    return not (a.kind == "financing" and a.amounts and b.amounts and a.amounts[0] != b.amounts[0])


def merge_within(claims: Iterable[Claim]) -> list[Claim]:
    """Claims of one kind and one modality in one sentence are one fact (« a signé ... un accord de
    partenariat ») unless they name different givers or sums, or are two new deals of different kinds (« un contrat
    pour des frégates et un accord de prêt »; « cette commande s'inscrit dans un accord » names one told before)."""
    merged: list[Claim] = []
    for claim in claims:
        fact = claim.fact
        at = next((i for i, m in enumerate(merged) if m.fact.kind == fact.kind
                   and m.fact.modality == fact.modality and _compatible(m.fact, fact)
                   and not ((m.one_of or claim.one_of) and m.fact.keys("participant") != fact.keys("participant"))
                   and (m.definite or claim.definite or alike_kinds(m.fact, fact))), None)
        if at is None:
            merged.append(claim)
            continue
        target = absorb(merged[at].fact, fact)
        mine, theirs = target.attr("financing_kind"), fact.attr("financing_kind")
        if mine and theirs and FINANCING_RANK.index(theirs) < FINANCING_RANK.index(mine):
            target = target.with_attr("financing_kind", theirs)
        if target.said.source is None and fact.said.source is not None:
            target = replace(target, said=fact.said)
        # « a signé le contrat »: the verb's claim and the definite noun's are one deal, the one named before
        merged[at] = replace(merged[at], fact=target, definite=merged[at].definite or claim.definite,
                             apart=merged[at].apart or claim.apart,
                             system_maker=merged[at].system_maker or claim.system_maker,
                             maker_home=merged[at].maker_home or claim.maker_home)
    return merged


def pair_sides(story: Story, claim: Claim, same: Iterable[Claim] = ()) -> Fact:
    """The sides of a claim told with none (_pair_sides), unless its sentence tells the same deal (one modality, no
    other deal's mark) with a side outside them: « la visite ... a été marquée par la signature par <firm> d'un
    accord » is the firm's deal, not one between the states of the visit (merge_within joins the two)."""
    same = list(same)
    fact = _pair_sides(story, claim, same)
    if claim.fact.kind != "agreement" or claim.fact.get("party") or not fact.get("party"):
        return fact
    guessed = fact.keys("party")
    told = (c.fact for c in same if c is not claim and c.fact.kind == "agreement" and c.fact.get("party")
            and c.fact.modality == claim.fact.modality and _compatible(c.fact, claim.fact))
    return claim.fact if any(not t.keys("party") <= guessed for t in told) else fact


def _pair_sides(story: Story, claim: Claim, same: Iterable[Claim] = ()) -> Fact:
    """« les deux camps se sont accordés »: a claim with no sides but « les deux ... » takes the sides of the
    talks its own sentence names (« la rencontre entre A et B ..., les deux dirigeants étant entrés dans une
    discussion »), else of the latest talks, else the two states of the latest agreement, else the two states
    the title or the lede names (« A et B : ... », « A et B renforcent ... »). A new agreement that names no side,
    told in the sentence of talks between two sides (« X a reçu son homologue de Y, une rencontre marquée par la
    signature d'un protocole d'accord »), is between them; talks about more of a deal just told, its parties."""
    fact = claim.fact
    sides = KINDS[fact.kind].sides
    own = next((c.fact for c in same if c.fact.kind == "negotiation" and len(c.fact.get("participant")) >= 2
                and not _held_apart(c.fact, fact)), None)
    if not claim.pair_reference and not claim.definite and fact.kind == "agreement" and not fact.get("party") \
            and own is not None and len(own.keys("participant")) == 2 \
            and all(e.cls != "Person" for e in own.get("participant")):  # a signer of unknown side is no party
        return fact.with_roles("party", own.get("participant"))  # a deal signed at talks: between their sides
    if claim.deal_talks or not claim.pair_reference or sides is None or len(fact.get(sides)) >= 2:
        return fact.with_roles("participant", story.deal_parties() or _deal_retold(story, same)) \
            if claim.deal_talks else fact
    # the pair is the sides: a speaker named beside it (« a déclaré X à l'ouverture des discussions entre les
    # deux pays ») is one of them or a third party
    fact = replace(fact, roles=tuple((r, e) for r, e in fact.roles if r != sides))
    count = int(claim.pair_reference)  # « les trois ministres »: talks or a pact of three sides, no fewer
    talks = own or story.talks_of_pair(count)
    if talks is not None and (count < 3 or len(talks.keys("participant")) == count):
        return fact.with_roles(sides, talks.get("participant"))
    # no talks yet: « les discussions entre les deux pays » after « A et B signent un contrat » are A and B
    deal = story.last("agreement")
    parties = [e for e in deal.fact.get("party") if e.cls == "State"] if deal is not None else []
    pair = _own_pair(story, max(count, 2)) or (
        parties if len(parties) == max(count, 2) else story.recent_pair(max(count, 2)) or list(story.pair))
    return fact if leaves_out_visited(fact, pair) else fact.with_roles(sides, pair)




def _deal_retold(story: Story, same: Iterable[Claim]) -> list[Entity]:
    """« ... L'accord a été signé à X »: the parties of the deal the sentence names again (« l'accord », no side of
    its own), however far back it was told."""
    retold = next((c for c in same if c.fact.kind == "agreement" and c.definite and not c.fact.get("party")), None)
    deal = story.last_deal(retold.fact, True) if retold is not None else None
    parties = deal.fact.get("party") if deal is not None and deal.fact.modality in FIRM else []
    return parties if len({p.key for p in parties}) >= 2 else []


def _own_pair(story: Story, count: int) -> list[Entity]:
    """« A est un grand fournisseur de B et les deux États ont signé ... »: the states this sentence names, when they
    are as many as the group of sides counts."""
    found = {s.key: s for s in (story.placed[story.index] if story.index < len(story.placed) else ())}
    return list(found.values()) if len(found) == count else []


def attach_negotiation(story: Story, fact: Fact) -> None:
    """Talks between the same sides are one negotiation, told at its firmest; talks with fewer sides named
    (« les discussions pourraient se tenir à Vienne ») are the talks already named, if recent."""
    keys = fact.keys("participant")
    if len(keys) >= 2:
        known = next((t for t in reversed(story.told) if t.fact.kind == "negotiation"
                      and t.fact.keys("participant") == keys), None)
        if known is None:
            story.tell(fact)
            return
        merged = absorb(known.fact, fact)
        if FACTUAL.get(fact.modality, 9) < FACTUAL.get(known.fact.modality, 9):
            merged = replace(merged, said=fact.said)
        story.update(known, merged)
        return
    talks = story.last("negotiation")
    held = talks is not None and any(p.modality in FIRM for p in talks.fact.parts)
    if held and fact.modality not in FIRM and fact.parts:
        return  # « le sommet qui aura lieu à Malabo »: a meeting still to come elsewhere is not talks held already
    if talks is not None and _held_apart(talks.fact, fact):
        return  # « une visite au Pérou, dans le prolongement du sommet de l'APEC à Bangkok »: another meeting
    if talks is not None and story.since(talks) <= reach("talks") and keys <= talks.fact.keys("participant"):
        story.update(talks, replace(talks.fact.with_evidence(fact.evidence), parts=talks.fact.parts + fact.parts,
                                    start=talks.fact.start or fact.start, end=talks.fact.end or fact.end))


def _held_apart(talks: Fact, fact: Fact) -> bool:
    """Talks of fewer sides told in the sentence of the talks just named, held somewhere else: another meeting."""
    here, there = ({e.key for p in f.parts for e in p.get("place")} for f in (talks, fact))
    return bool(here and there and not here & there) and talks.evidence[-1].sentence == fact.evidence[0].sentence


def attach_issues(story: Story, sentence: SentenceClaims, facts: list[Fact]) -> None:
    """Issues named in or right after a sentence about talks, in one about nothing else, are what those talks are
    about; a list of issues goes on."""
    if any(f.kind != "negotiation" for f in facts) or not sentence.issues:
        return  # « une aide humanitaire de 50 millions » belongs to its financing
    talks = story.last("negotiation")
    if talks is None or story.since(talks) > reach("issue"):
        return
    story.update(talks, talks.fact.with_roles("issue", list(sentence.issues)).with_evidence((sentence.evidence,)))


def complete(fact: Fact, military: bool = True) -> bool:
    """Facts worth a node, by their kind's needs (talks and agreements between two sides, a support with both
    sides, a financing with a sum); a sum paid by and to no one counts only where arms are spoken of."""
    kind = KINDS[fact.kind]
    if fact.kind == "financing" and not military and not (fact.get("funder") or fact.get("recipient")):
        return False
    if kind.giver is not None and kind.receiver is not None and fact.keys(kind.giver) & fact.keys(kind.receiver):
        return False  # « avec la livraison de cet avion, nous allons ... » said by the recipient: none gives itself
    return all(len(fact.get(role)) >= count for role, count in kind.needs) and \
        (not kind.needs_amount or bool(fact.amounts))


def group_venue(story: Story, fact: Fact) -> Fact:
    """Talks of one pair among several sides met one by one, with no venue of their own: held where the latest
    talks of all of them (told here or before) are."""
    if fact.parts:
        return fact
    keys = fact.keys("participant")
    group = next((t.fact for t in reversed(story.told) if t.fact.kind == "negotiation" and t.fact.parts
                  and keys < t.fact.keys("participant")), None)
    return fact if group is None else replace(fact, parts=group.parts)


def _telling_order(claim: Claim) -> int:
    kind = claim.fact.attr("support_kind")
    if claim.fact.kind == "support" and not claim.fact.get("supporter"):
        return 2  # « X a signé un contrat pour 20 avions »: sold by the other party (sold_in_deal)
    if claim.fact.kind == "financing" and claim.fact.get("funder") and claim.fact.get("recipient"):
        return 0  # « X a prolongé son aide à Y en signant un protocole »: the deal is between them (supplied_by_party)
    return 2 if kind == "buy-for" else 0 if claim.fact.kind == "support" else 1


def read_sentence(story: Story, sentence: SentenceClaims, systems_before: SentenceClaims | None) -> None:
    """Tie one sentence's posts and claims to the story so far."""
    story.index = sentence.index
    story.read(sentence.actor_states, sentence.placed_states)
    story.firm_homes += sentence.firm_homes
    story.paragraph_of.append(sentence.paragraph)
    story.told.extend(Told(post, None) for post in sentence.posts)
    if not story.pair and sentence.index <= 1 and len(sentence.named_states) == 2:
        story.pair = sentence.named_states
    # talks first, then agreements: « un accord signé lors de la visite de X » reads the visit of its sentence
    talks = [replace(c, fact=pair_sides(story, c, sentence.claims)) for c in sentence.claims
             if c.fact.kind == "negotiation"]
    facts: list[Fact] = []
    for claim in merge_within(talks):
        if claim.apart:
            continue
        facts.append(claim.fact)
        attach_negotiation(story, group_venue(story, claim.fact) if claim.one_of else claim.fact)
    told = [story.maker_named(story.firm_unnamed_state(c)) for c in sentence.claims if c.fact.kind != "negotiation"]
    claims = without_restated_worth(story, [replace(c, fact=pair_sides(story, c, sentence.claims))
                                            for c in told if story.sourced(c)])
    story.unnamed_sales += [Told(c.fact, story.index) for c in told if c.fact.kind == "support"
                            and c.guessed_supplier and not story.sourced(c) and len(c.fact.get("recipient")) == 1
                            and c.fact.attr("support_kind") in SELLING]
    # a sale comes before the agreements of its sentence (« le contrat de vente de X à Y » is between its sides,
    # deal_sides); a purchase for oneself waits for them (sold_in_deal)
    claims = [story.maker_close_by(replace(c, fact=supplier_named_before(story, c.fact))) for c in merge_within(claims)]
    for claim in sorted(claims, key=_telling_order):
        fact = weapon_named_before(claim.fact, sentence, systems_before)  # « X en a reçu quatre »: then its seller
        fact = sides_of_deal(story, fact)  # « un contrat entre X et Y portant sur ces drones »: the sides told before
        fact = bought_from_seller_before(story, supplier_named_before(story, fact))
        fact = grant_of_gift(story, fact)  # « ..., le tout d'une valeur de ... » after a gift: a grant, no deal
        facts.append(fact)
        if fact.kind == "agreement":
            if (sale := attach_agreement(story, replace(claim, fact=fact))) is not None:
                attach_transfer(story, sale)  # « X a commandé des drones W. Le contrat a été signé avec Y »
        elif KINDS[fact.kind].receiver == "recipient":
            fact = share_of_financing(story, sold_in_deal(story, firm_for_state(story, firm_deal_sides(story, fact))))
            attach_transfer(story, fact, claim.guessed_supplier and fact.kind == "support"
                            and fact.keys("supporter") == claim.fact.keys("supporter"))
            if fact.kind == "support":
                deal_of_sale(story, fact)
    for share in shared_batch(story, sentence):  # « 9 l'ont été au Ghana, 5 au Togo »
        attach_transfer(story, share)
    claims = talks + claims
    attach_stray_weapons(story, sentence, facts)
    attach_issues(story, sentence, [c.fact for c in claims])


def facts_of(sentences: Iterable[SentenceClaims], dateline: tuple[Entity, Entity] | None = None,
             crowns: Mapping[str, frozenset[str]] | None = None,
             pairs: Sequence[tuple[Entity, Entity]] = (),
             lede: Sequence[tuple[Entity, Entity]] = ()) -> list[Fact]:
    """The complete facts an article tells, sentence after sentence; talks told with no venue are held in the
    city the dispatch is filed from, when it lies in one side's state (« HANOÏ (Agence) — Le ministre ... »).
    `crowns`: a crowned head's title -> the states whose crown bears it (gazetteer.monarchies); `pairs`: the
    states the article names together (kg.extract.paired); `lede`: the cities the headline and lede put the story in
    (kg.extract.lede_places), each with its state, taken as a dateline is, after it."""
    sentences = list(sentences)
    story = Story.of(sentences, crowns or {}, tuple(pairs))
    systems_before: SentenceClaims | None = None  # the latest sentence that named systems
    for sentence in sentences:
        read_sentence(story, sentence, systems_before)
        systems_before = sentence if sentence.weapons else systems_before
    settle_sides(story)
    remember_deals(story, {s.index for s in sentences if s.weapon_anaphor or s.names_goods})
    purchases_of_lone_deals(story, {s.index for s in sentences if s.military})  # « X a signé des contrats pour N »
    place_in_scenes(story.told, sentences, person_states(story))
    place_by_later_stays(story.told, sentences, person_states(story))  # « ... honoré d'être en A »
    weapons = {s.index: s.weapons for s in sentences}
    for told in [t for t in story.told if t.fact.kind == "agreement"]:  # a contract with a maker is its sale
        if (sale := sale_of_deal(story, told.fact, weapons.get(told.said_at or 0, ()))) is not None:
            attach_transfer(story, sale)
    if dateline is not None:
        for told in story.told:
            told.fact = held_at(told.fact, *dateline, [t.fact for t in story.told])
    for city, state in lede:  # a dateline of the desk's city in neither side's state places nothing
        for told in story.told:
            told.fact = held_at(told.fact, city, state, [t.fact for t in story.told])
    systems_of_bare_supplies(story.told, sentences)  # « une vente d'armes à Y. L'accord inclut des W »
    military = {s.index for s in sentences if s.military}
    kept = [t.fact for t in story.told if complete(t.fact, t.said_at in military) and not _supplied_later(story, t)]
    return exact_headline_sums([f for f in kept if not home_side_only(story.firm_homes, f, kept)])


def _supplied_later(story: Story, told: Told) -> bool:
    """« X a réceptionné six avions W » (W made in Y), then « ... que Z vient de livrer à X »: a supplier guessed
    from where the systems come from gives way to the one a later sentence names giving those systems to that
    recipient as a fact (one told before already kept it out: Story.sourced; « ne recevra pas de W » takes
    nothing back)."""
    fact = told.fact
    return told.guessed and any(
        t is not told and not t.guessed and t.fact.kind == "support" and t.fact.get("supporter")
        and t.fact.modality in FIRM
        and t.fact.keys("recipient") & fact.keys("recipient") and t.fact.keys("weapon") & fact.keys("weapon")
        and not t.fact.keys("supporter") & fact.keys("supporter") for t in story.told)
