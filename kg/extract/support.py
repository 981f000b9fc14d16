"""Military support: which state supplies, funds, buys for, trains or produces for which, with which system."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.arrivals import ARRIVE, MOVING, arrival, arrival_places
from kg.extract.bought_in import bought_in
from kg.extract.bought_makers import makers_of_bought
from kg.extract.client_sales import CLIENT, client_sale
from kg.extract.consortia import members_states
from kg.extract.context import Context, states
from kg.extract.deal_purchases import deal_buyers, deal_noun, deal_recipients, deal_sellers
from kg.extract.handovers import endows_nothing, other_handover
from kg.extract.joined_goods import joined_recipients
from kg.extract.lead_buyers import body_buyer, lead_buyer
from kg.extract.lexicon import Trigger, role_cases, trigger_lemmas, triggers, word_list
from kg.extract.made_for import (
    MAKING,
    builders,
    builds_systems,
    commissioners,
    delivered_by_makers,
    first_intended,
    made_for,
    makers_of_received,
)
from kg.extract.maker_sales import maker_order
from kg.extract.memberships import listed_members
from kg.extract.mentions import Mention
from kg.extract.no_supply import equips_itself, offers_to_do, other_sense, shared_support
from kg.extract.orders import placed_order
from kg.extract.receptions import (
    buyers_of_supplied,
    described_buyers,
    gift_givers,
    infinitive_receivers,
    means_buyers,
    received_from_plural,
    received_noun,
    received_set_off,
    recipients_of_participle,
    users_of,
)
from kg.extract.relative_purchases import relative_origins
from kg.extract.schooling import school_hosts, schooled
from kg.extract.shared_agents import shared_goods
from kg.extract.signed_sales import (
    bought_qualifier,
    deal_sale,
    firm_of_branch,
    named_sellers,
    paid_for_nothing,
    qualifier_sides,
    signed_for_one,
    signed_sale,
    signer_of_sale,
    this_sale_aside,
)
from kg.extract.supply_origins import (
    BUY,
    EXPORT,
    from_makers,
    goods_makers,
    made_in,
    makers_state,
    materiel_origins,
    qualifies_materiel,
    systems_makers,
)
from kg.extract.supply_sides import (
    gives_nothing,
    paid_own_training,
    replaced,
    said_sides,
)
from kg.extract.support_claims import by_origin, only_offered, told
from kg.extract.supported_nouns import supports_a_group
from kg.extract.syntax import (
    ACTOR_KINDS,
    Sentence,
    case_of,
    mention_root,
    predicate_of,
)
from kg.extract.untold_recipients import untold_recipients
from kg.extract.won_deals import won_sale
from kg.records import Attribution, Claim, Entity


def _made_in(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments) -> list[Entity]:
    """Where what is supplied is made (kg.extract.supply_origins.made_in); « la formation des contingents X »: the
    trainees' demonym names who is trained, not who trains."""
    return [] if entry.detail == "train" else made_in(ctx, sentence, trigger, args)


def _origins(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« des drones en provenance de X », « du matériel d'origine X »: where the supply comes from."""
    scope = predicate_of(trigger)
    found = []
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        if mention.state is not None and (root.head.lemma_.lower() in word_list("origin-nouns.tsv")
                                          or _belonged_to(sentence, mention)) and scope.is_ancestor(root):
            found.append(ctx.actor(mention))
    return states(ctx, found)


def _belonged_to(sentence: Sentence, mention: Mention) -> bool:
    """« des blindés ayant appartenu à X », « appartenant à l'armée X »: second-hand systems come from X (read on
    the words, as the parser may hang « à X » on the main verb)."""
    doc, at = sentence.doc, mention.start - 1
    while at > sentence.span.start and doc[at].pos_ == "DET":
        at -= 1
    return at > sentence.span.start and doc[at].lower_ in {"à", "au", "aux"} and \
        doc[at - 1].lemma_.lower() == "appartenir"


def _aside(sentence: Sentence, mention: Mention, trigger: Token) -> bool:
    """An « à X » phrase outside the purchase, hung on a noun that is no trigger (« une réponse à X »)."""
    token = mention_root(sentence, mention)
    while token != trigger and token.head != token and not case_of(token):
        token = token.head
    if trigger.is_ancestor(token) or case_of(token) not in role_cases("seller"):
        return False
    head = token.head  # « un prêt de 2 milliards à X »: a sum goes to X
    return head.pos_ == "NOUN" and head.lemma_.lower() not in trigger_lemmas() and not sentence.in_money(head)


def _respective_sellers(sentence: Sentence, trigger: Token, args: Arguments) -> list[Mention]:
    """« acquérir des chars X et des drones Y, respectivement auprès de A et de B (aux A et en B) »: the states
    after « respectivement » in the purchase's clause are what each system is bought from, in order."""
    clause = {t.i for t in predicate_of(trigger).subtree}
    marks = [t for t in sentence.tokens if t.lower_ == _RESPECTIVELY and t.i > trigger.i and t.i in clause]
    if not marks or len(args.weapons) < 2:
        return []
    found = [m for m in sentence.mentions if m.state is not None and m.how in ACTOR_KINDS and m.how != gz.DEMONYM
             and m.start > marks[0].i and mention_root(sentence, m).i in clause]
    return found if len(found) == len(args.weapons) else []


def _order_received(trigger: Token) -> bool:
    """« X a reçu une commande, un contrat »: an order or a contract is what a maker wins, not a delivery (only the
    first object: « recevoir huit avions, le contrat ayant été conclu ... » parses the contract as a second one)."""
    return any(any(t.fact == "agreement" for t in triggers().get((c.lemma_.lower(), "NOUN"), []))
               for c in [c for c in trigger.children if c.dep_ == "obj"][:1])


def _supplied_apart(sentence: Sentence, trigger: Token, weapon: Mention) -> bool:
    """« des Su-30 livrés par X et des Su-27 achetés à Y »: a system told with a supply participle of its own is
    that supply's, not the one of the system it is coordinated with."""
    root = mention_root(sentence, weapon)
    return any(c.dep_ == "acl" and c != trigger and "VerbForm=Part" in str(c.morph) and any(
        t.fact == "support" and t.detail in MOVING for t in triggers().get((c.lemma_.lower(), "VERB"), []))
        for c in root.children)


def _other_purchase(sentence: Sentence, mention: Mention, trigger: Token) -> bool:
    """« l'achat de W1 à X et l'achat de W2 à Y »: a side hung under another purchase word of the sentence is that
    purchase's, not a beneficiary of this one."""
    token = mention_root(sentence, mention)
    while token.head != token and token != trigger:
        token = token.head
        if token != trigger and any(t.detail == BUY for t in triggers().get((token.lemma_.lower(), token.pos_), [])):
            return True
    return False


_RESPECTIVELY = "respectivement"
_FOR = {"pour"}  # « acheter des drones armés pour Y »: the one bought for
_GIVEN = {"deliver", "sell", EXPORT}  # supplies whose recipient is told (not bought, received, trained)
DEAL = "deal"  # a contract between two states for systems made in one of them: a sale by that one


def _givers(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, suppliers: list[Entity],
            recipients: list[Entity]) -> list[Entity]:
    """The suppliers said, a group of makers as its members' states (kg.extract.consortia), less those that receive:
    « A et B ont signé un contrat pour la livraison de W à B »: A gives; « la force des pays du G5 X (A, B, C) »: a
    group gives nothing to its members."""
    homes = members_states(ctx, sentence, trigger, suppliers)  # a group one of whose members is based where the
    if not {h.key for h in homes} & {r.key for r in recipients}:  # things go sells at home, as itself
        suppliers = homes or suppliers
    if entry.detail in _GIVEN:
        suppliers = signed_for_one(trigger, suppliers, recipients) or suppliers
    members = listed_members(sentence)
    return [s for s in suppliers if not members.get(s.key, set()) & {r.key for r in recipients}]


def _received_sides(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments,
                    subjects: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """« Vientiane a reçu de la Chine des hélicoptères »: the subject receives, « de X » supplies."""
    made = made_in(ctx, sentence, trigger, args)  # « X a reçu des drones turcs »: no receiver of its own
    origins = materiel_origins(sentence)  # « des frégates néerlandaises et une frégate britannique »
    recipients = [s for s in subjects if all(s.key != m.key for m in made) and s.cls != "Company"
                  and s.key not in origins] or infinitive_receivers(ctx, trigger, args.recipients)
    firms = [s for s in subjects if s.cls == "Company"]  # « X recevra sa frégate de <maker> »: it delivers
    suppliers = states(ctx, [ctx.actor(m) for m in args.of]) or received_from_plural(ctx, sentence, trigger) \
        or received_set_off(ctx, sentence, trigger) \
        or states(ctx, gift_givers(ctx, sentence, trigger)) or _origins(ctx, sentence, trigger) or made or \
        firms or makers_of_received(ctx, sentence, trigger) or school_hosts(ctx, sentence, trigger)
    return suppliers, recipients


def _purchase_sides(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
                    buyers: list[Entity], weapons: list[Entity]) -> tuple[list[Entity], list[Entity], str]:
    """« acheter des obus pour l'Ukraine »: the buyer supports the beneficiary; « commander des avions à la
    France »: the seller supplies the buyer; a purchase for oneself is no support (no recipient)."""
    kind = BUY
    buyers = users_of(ctx, sentence, trigger) or buyers or described_buyers(ctx, sentence, trigger) or \
        means_buyers(ctx, sentence, trigger)  # « l'usage par X d'armes achetées »: X bought, not the clause's subject
    sellers = _respective_sellers(sentence, trigger, args) or named_sellers(sentence, trigger, args) or \
        deal_sellers(sentence, trigger, args, weapons) or qualifier_sides(sentence, trigger, role_cases("seller")) \
        or bought_in(sentence, trigger, {b.key for b in buyers})
    placed = placed_order(ctx, sentence, trigger)  # « X a passé une commande de chars à Y »
    if sellers:
        suppliers = states(ctx, [ctx.actor(m) for m in sellers])
        buyers = buyers or (placed[1] if placed else []) or body_buyer(ctx, sentence, trigger, suppliers) or \
            deal_buyers(ctx, sentence, trigger, suppliers) or arrival_places(ctx, sentence, trigger, entry) or \
            recipients_of_participle(ctx, sentence, trigger, entry) or lead_buyer(ctx, trigger, suppliers)
        beneficiaries = states(ctx, [ctx.actor(m) for m in args.recipients  # a seller's branch is the seller
                                     if m not in sellers and firm_of_branch(sentence, m) not in sellers
                                     and not _other_purchase(sentence, m, trigger)])
        recipients = beneficiaries or buyers
        kind = "sell" if not beneficiaries else BUY
    elif placed is not None:  # « une commande a été passée auprès de X »
        suppliers, recipients = placed
        kind = "sell"
    else:  # « une réponse aux avions de X »: an « à X » hung on a noun that moves nothing is no beneficiary
        suppliers = buyers
        recipients = states(ctx, [ctx.actor(m) for m in args.recipients if not _aside(sentence, m, trigger)
                                     and not qualifies_materiel(sentence, m)]
                            or [ctx.actor(m) for m in qualifier_sides(sentence, trigger, _FOR)])
        # « X achète des patrouilleurs japonais »: the state the systems come from sells them to X
        made = [] if recipients else made_in(ctx, sentence, trigger, args) or \
            relative_origins(ctx, sentence, trigger, suppliers)  # « ... des six que X a achetés »
        if not made and not recipients and suppliers:  # « X se dote du système W de <maker> »: the maker sells
            made = systems_makers(ctx, sentence, trigger, args) or goods_makers(ctx, sentence, trigger) or \
                makers_of_bought(ctx, sentence, trigger, suppliers)  # « des sous-marins construits par Y »
        if made:
            recipients, suppliers, kind = suppliers, made, "sell"
        elif suppliers and recipients and all(r.cls == "Company" for r in recipients):  # no one buys for a maker
            recipients, suppliers, kind = suppliers, recipients, "sell"
    if (clients := maker_order(ctx, sentence, trigger, args, suppliers, recipients)) is not None:
        recipients, kind = clients, "sell"
    return suppliers, recipients, kind


def build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
          said: Attribution) -> Claim | tuple[Claim, ...] | None:
    if entry.lemma == CLIENT:  # « X devient client du W »: the maker of W sells to X
        return client_sale(ctx, sentence, trigger, args, said)
    return _supply(ctx, sentence, trigger, entry, args, only_offered(sentence, trigger, said))


def _supply(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
            said: Attribution) -> Claim | tuple[Claim, ...] | None:
    if other_sense(trigger) or received_noun(trigger) or equips_itself(trigger, entry) or offers_to_do(trigger) or \
            other_handover(sentence, trigger) or shared_support(trigger, entry) or bought_qualifier(trigger) or \
            endows_nothing(sentence, trigger, entry.object_role) or supports_a_group(sentence, trigger, entry) or \
            signer_of_sale(ctx, trigger, entry, args) or this_sale_aside(trigger, entry, args) or \
            paid_for_nothing(sentence, trigger, entry, args) or gives_nothing(trigger, entry, args):
        return None
    if entry.detail == ARRIVE:
        return arrival(ctx, sentence, trigger, args, said)
    # both sides signed: the makers' state sells
    if entry.detail == DEAL or signed_sale(sentence, trigger, entry, args):
        return deal_sale(ctx, sentence, trigger, args, said)
    kind, deal = won_sale(trigger, "sell" if entry.detail == EXPORT else entry.detail), deal_noun(trigger)
    weapons = [w.entity for w in args.weapons if not _supplied_apart(sentence, trigger, w) and
               not replaced(sentence, w, trigger)] or shared_goods(sentence, trigger, entry.detail)
    if deal is not None:  # « le contrat d'exportation de chars K2 vers X »: the deal's complements are the sale's
        weapons += [m.entity for m in sentence.mentions if m.how == "weapon" and m.entity not in weapons
                    and mention_root(sentence, m).head == deal]
    suppliers, recipients = said_sides(ctx, sentence, trigger, entry, args)
    if paid_own_training(trigger):  # « X a payé Y pour la formation de ses pilotes »: Y trains X
        suppliers, recipients = recipients, suppliers
    suppliers = _givers(ctx, sentence, trigger, entry, suppliers, recipients)
    if not suppliers and entry.detail == "deliver":  # « la livraison des engins fabriqués par <maker> au Y »
        made_by, made_to = delivered_by_makers(ctx, sentence, trigger)
        suppliers, recipients = made_by, recipients or made_to
    if entry.detail == "receive" and (any(m.how == "person" for m in args.agents + args.partners)
                                      or _order_received(trigger)):
        return None  # « a reçu son homologue » is a meeting, not a delivery
    if entry.detail == "receive":
        suppliers, recipients = _received_sides(ctx, sentence, trigger, args, suppliers)
        kind = "train" if schooled(trigger) else "deliver"  # « des officiers X ont reçu une formation en Y »
        if not recipients:
            return None  # the receiver is the subject; when it is lost, no other recipient may be guessed
    if entry.detail in MAKING:  # « construit des corvettes pour Y »: a supply to Y; for no one, nothing given
        makers = suppliers or builders(ctx, sentence, trigger)
        made = [r for r in made_for(ctx, sentence, trigger) or commissioners(ctx, sentence, trigger)
                if all(r.key != s.key for s in makers)] \
            if (weapons or builds_systems(trigger)) and not first_intended(trigger) else []
        if not made and entry.detail == "build":
            return None
        suppliers, recipients, kind = (makers, made, "deliver") if made else (suppliers, [], kind)
    if entry.detail == BUY:
        suppliers, recipients, kind = _purchase_sides(ctx, sentence, trigger, entry, args, suppliers, weapons)
    elif not suppliers:
        suppliers = _origins(ctx, sentence, trigger) or _made_in(ctx, sentence, trigger, entry, args) or \
            (makers_state(ctx, weapons) if entry.detail == EXPORT else [])
    if not recipients and deal is not None:
        recipients = deal_recipients(ctx, sentence, deal)
    if not recipients and kind == "deliver":
        recipients = [b for b in states(ctx, buyers_of_supplied(ctx, sentence, trigger))
                      if all(b.key != s.key for s in suppliers)]
    recipients = joined_recipients(ctx, sentence, trigger) or recipients or \
        untold_recipients(ctx, sentence, trigger, suppliers, kind)
    if (guess := from_makers(ctx, sentence, trigger, args, weapons, (suppliers, recipients, kind))) is not None:
        suppliers, recipients, kind = guess
    if (split := by_origin(ctx, sentence, trigger, args, said, (suppliers, recipients, kind), weapons,
                            guess is not None)) is not None:
        return split
    return told(ctx, sentence, trigger, args, said, (suppliers, recipients, kind), weapons, guess is not None)
