"""The deals of an article, read once every sentence is told: a supply a sentence left without one of its sides or
its systems takes them from the deal it continues elsewhere in the article.

- A purchase told with no seller (« X s'offre vingt blindés W ») is the sale of those very systems that another
  sentence tells by a seller naming no buyer (« Y a fourni les W »), or, failing that, the sale by the one state X
  signed a contract with close by (« X a signé un contrat avec Y pour la livraison des appareils »).
- A sale told with no system (« Y vendra des missiles à X ») takes the systems its seller, or a firm of its seller's
  state, is told making in a sentence just after that names them as « les missiles », « ces systèmes »
  (« Les missiles W, fabriqués par <firme de Y>, ... »).

Only deals told as facts are joined: a possible or refused deal, a system another recipient gets, a system its
buyer makes itself or another seller already gives it stays apart. Records only: no spaCy here."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from kg.extract.lexicon import reach
from kg.extract.story import FIRM, Story, Told, absorb
from kg.records import Entity, Fact

_SELLING = {"sell", "deliver"}
_PURCHASE = "buy-for"
_PRODUCTION = "produce"


def remember_deals(story: Story, naming_goods: Collection[int]) -> None:
    """Complete the supplies of the story from the deals they continue (`naming_goods`: the indices of the sentences
    that name their systems as goods told before, « les appareils », « il s'agit de W »)."""
    for told in story.told:
        if _lone_purchase(told.fact):
            _join_seller(story, told)
    for told in story.told:
        if _bare_sale(told.fact):
            _join_systems(story, told, naming_goods)


def _support(fact: Fact, *kinds: str) -> bool:
    return fact.kind == "support" and fact.attr("support_kind") in kinds and fact.modality in FIRM


def _lone_purchase(fact: Fact) -> bool:
    """« X achète des avions W »: a purchase for oneself as a fact, with its systems, that names no seller."""
    return _support(fact, _PURCHASE) and len(fact.get("supporter")) == 1 and not fact.get("recipient") \
        and bool(fact.get("weapon"))


def _bare_sale(fact: Fact) -> bool:
    """« Y vendra des missiles à X »: a sale or delivery as a fact, both sides named, no system."""
    return _support(fact, *_SELLING) and bool(fact.get("supporter")) and bool(fact.get("recipient")) \
        and not fact.get("weapon")


def _join_seller(story: Story, purchase: Told) -> None:
    fact = purchase.fact
    buyer = fact.get("supporter")[0]
    systems = fact.keys("weapon")
    if any(_support(t.fact, *_SELLING) and buyer.key in t.fact.keys("recipient") and t.fact.keys("weapon") & systems
           for t in story.told):
        return  # another telling already names who gives the buyer those systems
    partner = None if story.made_at_home(fact, buyer) else _contract_partner(story, purchase, buyer)
    if partner is not None:
        _sold(story, purchase, [partner], fact.get("weapon"), None)
        return
    sales = [t for t in story.told if _support(t.fact, *_SELLING) and t.fact.get("supporter") and not t.guessed
             and not t.fact.get("recipient") and t.fact.keys("weapon") & systems
             and buyer.key not in t.fact.keys("supporter") and _close(story, t, purchase)]
    sellers = {t.fact.keys("supporter") for t in sales}
    if len(sellers) == 1:  # several sellers of those systems: which one the buyer bought from is not told
        sold = sales[-1].fact
        _sold(story, purchase, sold.get("supporter"), sold.get("weapon"), sold)


def _close(story: Story, a: Told, b: Told) -> bool:
    """Two tellings first told a few sentences apart, in the same or the next paragraph."""
    at, bt = _first(a), _first(b)
    return at is not None and bt is not None and abs(at - bt) <= reach("recipient") \
        and _paragraphs_apart(story, at, bt) <= 1


def _first(told: Told) -> int | None:
    return told.first_at if told.first_at is not None else told.said_at


def _contract_partner(story: Story, purchase: Told, buyer: Entity) -> Entity | None:
    """The one other state the buyer is told signing a contract with, first told close to the purchase."""
    partners: dict[str, Entity] = {}
    for told in story.told:
        deal = told.fact
        if deal.kind != "agreement" or deal.modality not in FIRM or deal.attr("terms") not in {None, "contract"} \
                or buyer.key not in deal.keys("party") or deal.attr("another"):
            continue
        others = [p for p in deal.get("party") if p.key != buyer.key]
        if not _close(story, told, purchase):
            continue
        if len(others) != 1 or others[0].cls != "State":
            return None  # a deal with a firm or with several: the seller is not the state signing
        partners[others[0].key] = others[0]
    return next(iter(partners.values())) if len(partners) == 1 else None


def _paragraphs_apart(story: Story, a: int, b: int) -> int:
    return abs(story.paragraph_of[a] - story.paragraph_of[b])


def _sold(story: Story, purchase: Told, sellers: list[Entity], systems: list[Entity], sale: Fact | None) -> None:
    fact = purchase.fact
    buyer = fact.get("supporter")
    joined = replace(fact, roles=tuple((r, e) for r, e in fact.roles if r not in {"supporter", "weapon"})) \
        .with_roles("supporter", sellers).with_roles("recipient", buyer).with_roles("weapon", systems) \
        .with_attr("support_kind", "sell")
    if sale is not None:
        joined = joined.with_evidence(sale.evidence)
    same = next((t for t in story.told if t is not purchase and t.fact.kind == "support"
                 and t.fact.keys("supporter") == joined.keys("supporter")
                 and t.fact.keys("recipient") == joined.keys("recipient") and t.fact.modality == joined.modality), None)
    if same is not None:  # the pair is told already, with no systems: one sale
        same.fact = absorb(same.fact, joined)
        return
    purchase.fact = joined


def _join_systems(story: Story, sale: Told, naming_goods: Collection[int]) -> None:
    fact = sale.fact
    start = _first(sale)
    if start is None:
        return
    sellers = fact.keys("supporter")
    homes = {firm.key for firm, home in story.firm_homes if home.key in sellers}
    made = [t for t in story.told if _support(t.fact, _PRODUCTION) and t.first_at is not None
            and 0 < t.first_at - start <= reach("weapon") and t.first_at in naming_goods
            and t.fact.get("supporter") and t.fact.keys("supporter") <= sellers | homes]
    if len(made) != 1:
        return
    systems = made[0].fact.keys("weapon")
    recipients = fact.keys("recipient")
    if any(t.fact.kind == "support" and t.fact.keys("weapon") & systems and t.fact.get("recipient")
           and not t.fact.keys("recipient") <= recipients for t in story.told):
        return  # those systems go to another recipient: another deal
    sale.fact = fact.with_roles("weapon", made[0].fact.get("weapon")).with_evidence(made[0].fact.evidence)
