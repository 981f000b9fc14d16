"""The sides of an agreement (kg.extract.agreement): which parties are sides, the sides a signing leaves unsaid,
an order a firm tells, firms that are one side, a maker's client, deals in the plural with several partners (one
deal each, no deal between them)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.civil import civil_named
from kg.extract.context import Context, states
from kg.extract.deal_parties import firm_home, host_of_signing, named_in_body, unbound_tie
from kg.extract.lexicon import modality_class, triggers
from kg.extract.mentions import Mention
from kg.extract.represented_sides import represented_sides
from kg.extract.supplied_parties import destined_for, goods_side
from kg.extract.syntax import DEFINITE, SUBJECTS, Sentence, case_of, mention_root
from kg.extract.witnessed_deals import witnessed_sides
from kg.records import Attribution, Entity


def sides_of(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, parties: list[Entity]) -> list[Entity]:
    """The parties that are sides of a deal: states, companies or bodies; a signatory whose side is unknown is no
    party; « l'exportateur russe X a signé ... »: a firm and its home state are one side, not two parties, unless
    the deal's goods are meant for that state (« destinés aux forces armées X »)."""
    home = firm_home(ctx, sentence, args) - {m.key for m in states(ctx, destined_for(ctx, sentence, trigger))}
    sides = [p for p in states(ctx, parties) if p.cls != "Person" and p.key not in home]
    sides = [p for p in sides if p.key not in named_in_body(sentence, sides)]  # « la Banque de X (BX) »: one side
    # « des partenariats avec X et Y »: each is a partner of someone unnamed; states joined by a tie of firms: none
    sides = [] if _several(sentence, trigger, args) or unbound_tie(trigger, sides) else sides
    # « la Fédération X a signé un accord avec le club Y », « ... avec la Norvège »: bodies the reference data does
    # not know with no state, or a federation, a club, a university, sign no deal of this graph's
    if len(sides) >= 2 and (all(p.iri is None and p.cls != "State" for p in sides) or any(map(civil_named, sides))):
        return []
    return sides


def by_firm(said: Attribution, buyers: list[Entity]) -> bool:
    """« X a passé une commande de 34 hélicoptères, a annoncé <firm> »: an order a company tells, of one buyer,
    is placed with that company (kg.extract.deal_story)."""
    return said.source is not None and said.source.cls == "Company" and len({b.key for b in buyers}) == 1 and \
        said.source.key not in {b.key for b in buyers}


def co_firms(parties: list[Entity], implicit: list[Entity]) -> bool:
    """« A et B ont vendu ... à X, le contrat a été signé à Paris »: firms that together govern a deal's clause, with
    no side of its own, are one side of it (the sellers), not two parties to each other."""
    return not parties and len({e.key for e in implicit}) >= 2 and all(e.cls == "Company" for e in implicit)


def unsaid_sides(ctx: Context, sentence: Sentence, trigger: Token, sides: list[Entity]) -> list[Entity]:
    """The sides a signing leaves unsaid: with one side, the host where it signs (« X a signé à <capitale de Y> ») or
    the state of the goods; with none, the two states whose officials witness it (« signé en présence des présidents
    A-ien et B-ien »)."""
    if not sides:
        return witnessed_sides(ctx, sentence, trigger) or represented_sides(ctx, sentence, trigger)
    host = host_of_signing(sentence, trigger, sides) if len(sides) == 1 else None
    return [host] if host is not None else goods_side(ctx, sentence, trigger, sides)


def client_of_maker(ctx: Context, parties: list[Entity], args: Arguments, said: Attribution) -> list[Entity]:
    """« un contrat signé avec le fabricant X »: a deal with a maker, signed by a side left unsaid, is signed by
    the state the article is about, else by the state that tells it (« le ministère X-ien a annoncé que les forces
    armées du pays avaient signé un contrat avec le fabricant Y »)."""
    teller = said.source if said.source is not None and said.source.cls == "State" else None
    lead = ctx.lead_actor() or teller
    if args.agents or not args.partners or lead is None or lead.cls != "State" \
            or not all(p.cls == "Company" for p in parties):
        return []
    return [lead]


def _several(sentence: Sentence, trigger: Token, args: Arguments) -> bool:
    """« des accords », « des partenariats », « en concluant une série d'accords avec ... » with several partners and
    no signer: agreements in the plural, not one between all the partners."""
    deal = trigger if trigger.pos_ == "NOUN" else _plural_signed(trigger)
    signers = [m for m in args.agents if not _teller(sentence, trigger, m)]
    return deal is not None and "Number=Plur" in str(deal.morph) and not signers and \
        len(args.partners) >= 2 and not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in deal.children)


def _teller(sentence: Sentence, trigger: Token, mention: Mention) -> bool:
    """« ... des accords avec A et B », a déclaré X »: the subject of a verb of saying over the deal says it, it signs
    nothing."""
    root = mention_root(sentence, mention)
    return root.dep_ in SUBJECTS and root.head.is_ancestor(trigger) and \
        modality_class(root.head.lemma_, root.head.pos_) == "report"


def _plural_signed(verb: Token) -> Token | None:
    """The deal noun a signing verb takes: its object, or the « de » complement of a collective object (« une série
    d'accords », « un ensemble de contrats »)."""
    for thing in (c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"):
        for deal in [thing, *(c for c in thing.children if c.dep_ == "nmod" and case_of(c) in {"de", "d'", "d\u2019"})]:
            if any(t.fact == "agreement" for t in triggers().get((deal.lemma_.lower(), "NOUN"), [])):
                return deal
    return None
