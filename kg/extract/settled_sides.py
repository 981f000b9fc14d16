"""The sides of talks once the whole article is read: a person side stands for the state the article gives them a
post in, wherever it says so, or for the other of the article's two states; a state that is a side or lies around
a named city is no venue; talks that end up between the same sides are one negotiation. Records only."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.principal_states import principal_partner
from kg.extract.story import FACTUAL, Story, Told, absorb
from kg.extract.taken_seats import sole_office
from kg.records import Entity, Fact


def person_states(story: Story) -> dict[str, Entity]:
    """Each person the article gives a post in a state: that state (the first post given). A post a state gives
    one person at a time (« le chef de l'État », « le ministre de la Défense »), given in that state to a second
    person after a first, was read onto the wrong name (« X a reçu Y. Il est rare que le chef de l'État ... »):
    it places no one."""
    found: dict[str, Entity] = {}
    holders: dict[tuple[str, str], str] = {}  # (sole post, state) -> the person the article gave it first
    for told in story.told:
        orgs = [o for o in told.fact.get("org") if o.cls == "State"] if told.fact.kind == "post" else []
        office = sole_office(told.fact.attr("post") or "")
        for holder in told.fact.get("holder") if orgs else []:
            first = holders.setdefault((office, orgs[0].key), holder.key) if office else holder.key
            if first == holder.key:
                found.setdefault(holder.key, orgs[0])
    return found


def _settle_venues(fact: Fact) -> Fact:
    """A state is the venue of talks only when no city is named for them, never when it is a side unless visited;
    a state visited stays beside cities all in the other side's state: a meeting at the visitor's home, told as the
    same negotiation (« la visite de X au Venezuela », « le président vénézuélien s'était rendu à Moscou »), is
    held on another trip."""
    cities = [part.attr("in_state") for part in fact.parts for p in part.get("place") if p.cls == "City"]
    sides = fact.keys("participant")
    kept: list[Fact] = []
    for part in fact.parts:
        # a state visited (kg.extract.negotiation) is where its visitor and host talk
        if any(p.cls == "State" and ((cities and not _visited_beside(part, p.key, cities, sides)) or (
                p.key in sides and not part.attr("visited") and not part.attr("held"))) for p in part.get("place")):
            continue
        if any(k.keys("place") == part.keys("place") and k.modality == part.modality for k in kept):
            continue  # a city named twice, the same way, is one venue
        kept.append(part)
    return fact if tuple(kept) == fact.parts else replace(fact, parts=tuple(kept))


def _visited_beside(part: Fact, visited: str, cities: list[str | None], sides: frozenset[str]) -> bool:
    """Talks of two sides, the state visited one of them, each city in the other's: the host's and the visitor's
    homes."""
    return part.attr("visited") is not None and len(sides) == 2 and visited in sides and all(
        c is not None and c != visited and c in sides for c in cities)


def settle_sides(story: Story) -> None:
    """Talks take place between states and organisations: a person side stands for the state the article gives
    them a post in, wherever it says so (« X reçoit Y », Y's post told a sentence later); a person the article
    never places is no side. Talks that end up between the same sides are one negotiation."""
    known = person_states(story)
    settled: list[Told] = []
    for told in story.told:
        fact = told.fact
        if fact.kind != "negotiation":
            settled.append(told)
            continue
        if any(e.cls == "Person" for e in fact.get("participant")):
            sides: list[Entity] = []
            for entity in fact.get("participant"):
                side = known.get(entity.key) if entity.cls == "Person" else entity
                if side is not None and all(side.key != s.key for s in sides):
                    sides.append(side)
            fact = replace(fact, roles=tuple((r, e) for r, e in fact.roles if r != "participant"))
            fact = fact.with_roles("participant", sides + _other_of_two(story, told.fact, known, sides))
        fact = _settle_venues(fact)
        keys = fact.keys("participant")
        same = next((t for t in settled if t.fact.kind == "negotiation" and len(keys) >= 2
                     and t.fact.keys("participant") == keys), None)
        if same is None:
            told.fact = fact
            settled.append(told)
            continue
        merged = absorb(same.fact, fact)
        if FACTUAL.get(fact.modality, 9) < FACTUAL.get(same.fact.modality, 9):
            merged = replace(merged, said=fact.said)
        same.fact = _settle_venues(merged)
    story.told = settled


def _other_of_two(story: Story, fact: Fact, known: dict[str, Entity], sides: list[Entity]) -> list[Entity]:
    """« X a reçu la ministre allemande », X given no post anywhere: the person facing one of the two states the
    article is about acts for the other (kg.extract.principal_states), the only other one when it names two."""
    states = {s.key: s for placed in story.placed for s in placed if s.cls == "State"}
    # one given a post in an organisation (« le secrétaire général adjoint de X ») acts for no state of the two
    posted = {h.key for told in story.told if told.fact.kind == "post" and any(
        o.cls == "Organisation" for o in told.fact.get("org")) for h in told.fact.get("holder")}
    unplaced = [e for e in fact.get("participant") if e.cls == "Person" and e.key not in known and e.key not in posted]
    if len(unplaced) != 1 or len(sides) != 1 or sides[0].key not in states:
        return []
    partner = principal_partner(story, sides[0]) if len(states) > 2 else None
    other = [s for key, s in states.items() if key != sides[0].key] if len(states) == 2 else \
        [partner] if partner is not None else []
    # a crowned head (« le roi X ») acts for no republic: only for a state whose crown bears the title
    reigns = [story.crowns[post] for told in story.told if told.fact.kind == "post" and unplaced[0].key in
              told.fact.keys("holder") and (post := told.fact.attr("post") or "") in story.crowns]
    return [s for s in other if all(s.iri in crowns for crowns in reigns)]
