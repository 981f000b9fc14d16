"""A batch counted out among states (kg.extract.share_outs): each state takes its share of the supply told just
before, from the same supplier, of the same systems (« X a livré 30 blindés à ses voisins ... 9 l'ont été au Ghana,
5 au Togo », « X a commandé 60 blindés W pour des armées africaines. Le reste se partagera entre A (4) et B (12) »).
Records only, like kg.extract.discourse."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.lexicon import reach
from kg.extract.story import Story, Told
from kg.kinds import Modality
from kg.records import Fact, SentenceClaims

_GOODS = {"deliver", "sell", "buy-for"}  # supplies of goods; a training, a funding, a production is no batch


def shared_batch(story: Story, sentence: SentenceClaims) -> list[Fact]:
    """The shares of the batch the sentence counts out, one support per state its supplier does not give to
    already, held as the sentence holds them (« 9 l'ont déjà été au Ghana » tells a delivery of its own): none where
    no supply of goods was told close before, or where the sentence names a state that is neither a share nor a side
    of that supplier's supplies (« 9 au Ghana, 5 au Togo, dit-on à Y »)."""
    if not sentence.shares or sentence.shares_said is None:
        return []
    batch = _batch(story)
    if batch is None:
        return []
    fact = _passed_on(batch.fact)
    suppliers = fact.keys("supporter")
    sellers = batch.fact.keys("supporter")  # the maker a batch was bought from takes no share of it
    given = {r.key for t in story.told if t.fact.kind == "support" and t.fact.keys("supporter") & suppliers
             for r in t.fact.get("recipient")}
    # « Hormis ceux livrés au Togo, 9 l'ont été au Ghana »: a delivery of the sentence that names no giver is a share
    unsaid = [r for c in sentence.claims if c.fact.kind == "support" and not c.fact.get("supporter")
              for r in c.fact.get("recipient") if r.cls == "State"]
    shares = {s.key: s for s in [*sentence.shares, *unsaid]}
    if sentence.share_strangers - shares.keys() - suppliers - given:
        return []
    base = replace(fact, evidence=(sentence.evidence,), said=sentence.shares_said,
                   roles=tuple((r, e) for r, e in fact.roles if r != "recipient"), amounts=(), start=None, end=None) \
        .with_attr("support_kind", "deliver")
    return [base.with_roles("recipient", [state]) for state in shares.values()
            if state.key not in given and state.key not in suppliers | sellers]


def _passed_on(fact: Fact) -> Fact:
    """« X a commandé 62 blindés auprès de <maker>. Le reste se partagera entre A (4) et B (12) »: a batch sold to one
    state is shared out by its buyer, who gives the shares on."""
    buyers = [r for r in fact.get("recipient") if r.cls == "State"]
    if fact.attr("support_kind") != "sell" or len(buyers) != 1 or len(fact.get("recipient")) != 1:
        return fact
    roles = tuple((r, e) for r, e in fact.roles if r not in {"supporter", "recipient"})
    return replace(fact, roles=(("supporter", buyers[0]), *roles))


def _batch(story: Story) -> Told | None:
    """The latest supply of goods told with its supplier, a few sentences back at most, unless refused (« 30 blindés
    livrés ou à livrer par X »: the batch, whatever part of it is still to come)."""
    for told in reversed(story.told):
        fact = told.fact
        if fact.kind != "support" or told.said_at is None:
            continue
        if story.index - told.said_at > reach("recipient"):
            return None
        if fact.modality != Modality.DENIED and fact.get("supporter") and fact.attr("support_kind") in _GOODS:
            return told
    return None
