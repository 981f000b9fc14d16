"""Supports and financings across sentences: the recipient a giver's transfer takes when unsaid, one transfer told
twice, a system named on its own that completes the latest supply. Records only, like kg.extract.discourse."""

from __future__ import annotations

from kg.extract.firm_story import firm_for_state, firms_clients
from kg.extract.retold_supplies import retold_supply, still_told
from kg.extract.story import Story, Told, absorb
from kg.extract.supply_story import SELLING, UNSURE
from kg.kinds import KINDS
from kg.records import Entity, Fact, SentenceClaims

_NOT_GIVEN = {"buy-for", "purchase", "produce"}  # a purchase for oneself, a production: nothing given
_PURCHASE = "purchase"


def usual_recipients(story: Story, givers: list[Entity]) -> list[Entity]:
    """The recipient the same giver already has; else that of the support or financing just before (« le Danemark
    figure parmi les financeurs »); else its partner in its latest agreement, unless that partner sells to it."""
    keys = {g.key for g in givers}
    transfers = [t for t in reversed(story.told) if KINDS[t.fact.kind].receiver == "recipient"]
    # a purchase pays its seller, who gets no help from it (« X a acheté des avions à Y. L'achat a été financé par
    # un fonds de X »: X helps no one)
    given = [t for t in transfers if t.fact.attr("financing_kind") != _PURCHASE]
    for told in given:
        giving = {e.key for role in ("supporter", "funder") for e in told.fact.get(role)}
        # « après l'annulation d'un contrat pour la livraison de W à Y, X a vendu W à trois pays »: no Y
        if keys and keys <= giving and told.fact.get("recipient") and told.fact.modality not in UNSURE:
            return told.fact.get("recipient")
    for told in given:
        # else another story, or a recipient itself guessed; a list of three or more is that giver's clientele
        if story.near(told) and not told.inherited and len(told.fact.get("recipient")) <= 2:
            if told.fact.modality in UNSURE:
                continue  # a sale only hoped for or denied gives no one its recipient (supply_story.UNSURE)
            found = [r for r in told.fact.get("recipient") if r.key not in keys | story.named_now]
            if found:
                return found
    sellers = {s.key for t in transfers if keys & t.fact.keys("recipient") for s in t.fact.get("supporter")}
    for told in reversed(story.told):  # partners in an agreement (not the giver's own seller), never talks
        if story.near(told) and told.fact.kind == "agreement" and keys & told.fact.keys("party"):
            return [s for s in told.fact.get("party") if s.key not in keys | sellers]
    return []


def attach_transfer(story: Story, fact: Fact, guessed: bool = False) -> None:
    """A support or financing whose recipient is unsaid inherits the usual one (states only: « fabriqués par
    Thales » is no gift to anyone); one told again with the same sides is one fact (`guessed`: its supplier is only
    where its systems come from, kept until a sentence names that side)."""
    giver = KINDS[fact.kind].giver
    assert giver is not None
    givers = fact.get(giver)
    if fact.kind == "support" and not givers:
        return
    inherited = False
    kind_attr = fact.attr("support_kind") or fact.attr("financing_kind")
    if not fact.get("recipient") and kind_attr not in _NOT_GIVEN and all(g.cls == "State" for g in givers):
        fact = fact.with_roles("recipient", usual_recipients(story, givers))
        inherited = True
    elif not fact.get("recipient") and fact.kind == "support" and kind_attr in SELLING:
        fact = firm_for_state(story, fact.with_roles("recipient", firms_clients(story, givers)), at_home=False)
        inherited = True
    keys, recipients = fact.keys(giver), fact.keys("recipient")
    for known in reversed(story.told):
        other = known.fact
        if other.kind == fact.kind and other.modality == fact.modality and other.keys(giver) == keys \
                and other.keys("recipient") == recipients and (fact.kind == "support" or other.amounts == fact.amounts):
            story.update(known, absorb(other, fact))
            known.guessed = known.guessed and guessed
            return
    told = story.tell(fact)
    told.inherited, told.guessed = inherited, guessed


def attach_stray_weapons(story: Story, sentence: SentenceClaims, facts: list[Fact]) -> None:
    """A system named away from any supply verb (« les armes concernées seraient des missiles ») completes the
    latest support that names no system yet, unless the sentence names another actor; so does one a supply word
    of no giver names (« Ces blindés X équiperont l'armée »: the systems of what was just told)."""
    used = {w.key for f in facts if f.kind != "support" or f.get("supporter") for w in f.get("weapon")}
    stray = [w for w in sentence.weapons if w.key not in used or sentence.names_goods]
    if not stray:
        return
    known = story.last("support")
    known = retold_supply(story, known, sentence.actor_states)
    if sentence.names_goods:  # « Il s'agit d'appareils W »: the goods of the supply told before, not of this one
        known = next((t for t in reversed(story.told) if t.fact.kind == "support" and t.said_at is not None
                      and t.said_at < story.index and t.fact.get("supporter") and t.fact.get("recipient")), None)
    if known is None or known.fact.get("weapon") or not (
            still_told(story, sentence.actor_states, known) or _recalled(story, sentence, known, stray)):
        return
    if sentence.actor_states - known.fact.keys("supporter") - known.fact.keys("recipient"):
        return  # « Washington, qui proposait des F-16, n'a pas été retenu »: another actor's system
    known.fact = known.fact.with_roles("weapon", stray).with_evidence((sentence.evidence,))


def _recalled(story: Story, sentence: SentenceClaims, known: Told, stray: list[Entity]) -> bool:
    """« Ces nouveaux navires W », however far after the one supply the article told: W is its system."""
    return sentence.recalls_systems and len(stray) == 1 and \
        all(t is known for t in story.told if t.fact.kind == "support")
