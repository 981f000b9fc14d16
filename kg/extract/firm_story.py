"""Firms across sentences, as discourse reads them: one firm named in full and in short, the home state a firm
delivers or sells for, the state a firm delivers to, the sides of a supply told in the sentence of a deal between
one state and one firm. Records only, like kg.extract.discourse."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.story import FIRM, Story
from kg.records import Entity, Fact


def firm_for_state(story: Story, fact: Fact, at_home: bool = True) -> Fact:
    """A firm that delivers or sells to a state does so for its home state (« fabriqués par <maker> » gives nothing);
    a sale told to its own state is its own (`at_home`: « X a commandé des W à <maker de X> »)."""
    firms = fact.get("supporter")
    if not fact.get("recipient") or not firms or any(f.cls not in _FIRMS for f in firms) \
            or fact.attr("support_kind") not in {"deliver", "sell"}:
        return fact
    homes = [f if at_home and fact.attr("support_kind") == "sell" and h.key in fact.keys("recipient") else h
             for f in firms if (h := next((h for g, h in reversed(story.firm_homes) if same_firm(f, g)), f))]
    others = tuple((r, e) for r, e in fact.roles if r != "supporter")
    return replace(fact, roles=others).with_roles("supporter", list({h.key: h for h in homes}.values()))


def firms_clients(story: Story, firms: list[Entity]) -> list[Entity]:
    """« un contrat signé entre le gouvernement X et la société Y ... Y a livré vingt vedettes »: a firm that
    delivers to no one named delivers to the state it was told signing a deal with close by (the firm named
    there in short, « le chantier Y », or in full)."""
    if not firms or any(f.cls not in _FIRMS for f in firms):
        return []
    for told in reversed(story.told):
        parties = told.fact.get("party")
        if told.fact.kind == "agreement" and story.near(told) and told.fact.modality in FIRM \
                and all(any(same_firm(f, p) for p in parties) for f in firms):
            return [p for p in parties if p.cls == "State"]
    return []


def firm_deal_sides(story: Story, fact: Fact) -> Fact:
    """« ce navire est le fruit d'un contrat signé entre le gouvernement X et le chantier Y pour la livraison de
    40 vedettes »: a supply with neither side named, told in the sentence of a deal between one state and one
    firm, is the firm's delivery to the state."""
    if fact.kind != "support" or fact.get("supporter") or fact.get("recipient"):
        return fact
    for told in reversed(story.told):
        if told.said_at != story.index or told.fact.kind != "agreement" or told.fact.modality not in FIRM:
            continue
        states = {p.key: p for p in told.fact.get("party") if p.cls == "State"}
        firms = {p.key: p for p in told.fact.get("party") if p.cls in _FIRMS}
        if len(states) == 1 and len(firms) == 1:
            return fact.with_roles("supporter", list(firms.values())).with_roles("recipient", list(states.values()))
    return fact


def home_side_only(firm_homes: list[tuple[Entity, Entity]], fact: Fact, facts: list[Fact]) -> bool:
    """« le constructeur turc X a livré ... dans le cadre du contrat signé par la Turquie »: a deal whose parties are a
    firm and its own home state alone tells one side of a deal the article has that firm or state sign with a third
    state (or that firm supply to one); with none it is the state buying at home (« la DGA a commandé à X »)."""
    parties = fact.get("party")
    if fact.kind != "agreement" or len({p.key for p in parties}) != 2:
        return False
    pair = next(((p, h) for f, h in firm_homes for p in parties
                 if same_firm(p, f) and {q.key for q in parties if q.key != p.key} == {h.key}), None)
    if pair is None:
        return False
    side = {pair[0].key, pair[1].key}  # a third state: the firm named in full and by its acronym is one firm
    if any(pair[0].key in other.keys("supporter") and pair[1].key in other.keys("recipient") for other in facts):
        return False  # the firm supplies its own state: an order at home, whatever it sells abroad
    return any(other is not fact and ((other.keys("party") & side and _states(other, "party") - side)
                                      or (pair[0].key in other.keys("supporter")
                                          and _states(other, "recipient") - side))
               for other in facts)


def _states(fact: Fact, role: str) -> set[str]:
    return {e.key for e in fact.get(role) if e.cls == "State"}


def same_firm(a: Entity, b: Entity) -> bool:
    """One firm named twice, once in short: the words of one name begin the other's (« Y », « Y Marine »)."""
    if a.key == b.key:
        return True
    if b.cls not in _FIRMS:
        return False
    words_a, words_b = a.label.casefold().split(), b.label.casefold().split()
    shorter = min(len(words_a), len(words_b))
    return shorter > 0 and words_a[:shorter] == words_b[:shorter]


_FIRMS = {"Company", "Organisation"}  # a firm the reference data does not know is an organisation the text names
