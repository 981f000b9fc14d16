"""Sales a deal with a maker holds: a state that signs a contract with a company (« X a signé un contrat de
300 millions avec le groupe Y », « Y : contrat W avec X ») buys from it, so the company sells to the state (for
its home state, kg.extract.firm_story.firm_for_state), with the systems the deal's sentence names. A deal of another
kind (a loan, a cooperation, a framework, a service: maintenance, training, study; deal-kinds.tsv) sells nothing,
nor does a deal that names neither a price nor (for a contract) the systems, a deal with a firm of the state's
own, one placed with the makers of the systems for want of a partner named (kg.extract.deal_story), or one for
systems another firm makes. Records only: no spaCy here."""

from __future__ import annotations

from kg.extract.firm_story import firm_for_state
from kg.extract.story import FIRM, Story
from kg.records import Entity, Fact

_SALE_TERMS = {"contract", None}


def sale_of_deal(story: Story, deal: Fact, weapons: tuple[Entity, ...]) -> Fact | None:
    """The maker's sale to the state a deal between the two holds, or None."""
    parties = deal.get("party")
    buyers = [p for p in parties if p.cls == "State"]
    makers = [p for p in parties if p.cls == "Company"]
    if deal.kind != "agreement" or len(parties) != 2 or len(buyers) != 1 or len(makers) != 1 \
            or deal.modality not in FIRM or deal.attr("guessed_party") or deal.attr("made_elsewhere"):
        return None  # « une commande de 36 hélicoptères »: a maker guessed from the systems is the order's own
    terms = deal.attr("terms")
    if terms not in _SALE_TERMS or not (deal.amounts or (weapons and terms)):
        return None  # « un contrat avec Y » alone may be for anything; « un accord de 740 millions » is a purchase
    sale = Fact("support", deal.evidence, deal.said, roles=(("supporter", makers[0]), ("recipient", buyers[0])),
                start=deal.start, attrs=(("support_kind", "sell"),)).with_roles("weapon", list(weapons))
    sale = firm_for_state(story, sale, at_home=False)
    if buyers[0].key in sale.keys("supporter"):
        return None  # « X a signé un contrat avec <a firm of X> »: a purchase at home
    return sale
