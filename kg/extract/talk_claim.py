"""A claim of talks from what a sentence tells of them: the sides as states (a person of a pair for their state,
the visitor's side told apart from the host's), their venues (a city, a state talks are held in but not visited,
a building beside its city, else the state visited) and their dates."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, person_of_pair, states
from kg.extract.held_sites import held_at
from kg.extract.mentions import Mention
from kg.extract.paired import visitor_side
from kg.extract.syntax import Sentence
from kg.extract.venue_filters import of_issue, of_source
from kg.extract.visited_states import visited_side
from kg.records import Attribution, Claim, Entity, Evidence, Fact, venue


def _visited_venue(ctx: Context, evidence: tuple[Evidence, ...], said: Attribution, state: Entity) -> Fact:
    """The state a visit goes to, or the city of it the headline has the visit go to (« lors de la visite de X à
    Lima » over « la visite de X au Pérou »)."""
    city = ctx.headline_city()
    if city is not None and (host := ctx.host_state(city)) is not None and host.key == state.key:
        return venue(city, evidence, said)
    return venue(state, evidence, said, ("visited", "state"))


def talk_claim(ctx: Context, sentence: Sentence, sides: list[Entity], args: Arguments, said: Attribution,
               places: list[Mention] | None = None, pair: int = 0, inherited: list[Entity] | None = None) -> Claim:
    places = [p for p in (args.places if places is None else places)
              if not of_issue(sentence, p) and not of_source(sentence, p)]
    evidence = (sentence.evidence(),)
    sides = person_of_pair(sentence, states(ctx, sides))
    held_in = {h.key: h for p in places if p.how in {gz.CITY, gz.CAPITAL} and (h := ctx.host_state(p.entity))}
    sides = visitor_side(sides, visited_side(sentence, sides) or list(held_in.values()), ctx.paired_with)
    seats: dict[str, Entity] = {}
    # « ces discussions se sont tenues au Pérou »: a state told as where they are held, even one of the sides
    held = {p.entity.key for p in places if p.entity.cls == "State" and held_at(sentence, p)}
    for place in [p.entity for p in places] + (inherited or []):  # a body gives its seat; a city twice is one
        seat = ctx.seat(place)
        # a state is the venue of talks held in it (« à Oman »), not of a visit to it, and when no city is named
        if seat.cls == "City" or (seat.cls == "State" and (all(seat.key != s.key for s in sides) or seat.key in held)):
            seats.setdefault(seat.key, seat)
        if (building := ctx.building(place)) is not None:  # « au Kremlin »: the building too, beside its city
            seats.setdefault(building.key, building)
    if any(seat.cls == "City" for seat in seats.values()):
        seats = {key: seat for key, seat in seats.items() if seat.cls in {"City", "Building"}}
    # a city carries its state: a state visited stands beside a city of the visitor's own (kg.extract.settled_sides)
    venues = tuple(venue(seat, evidence, said, *((("held", "state"),) if seat.key in held else ()), *(
        (("in_state", host.key),) if seat.cls == "City" and (host := ctx.host_state(seat)) is not None else ()))
                   for seat in seats.values())
    if not venues:  # « X, en visite en Géorgie, s'est entretenu avec son homologue »: held in the state visited
        venues = tuple(_visited_venue(ctx, evidence, said, state)
                       for state in visited_side(sentence, sides) or [  # « Il est en visite au Japon. Il a ... »
                           p for p in inherited or [] if p.cls == "State" and p.key in {s.key for s in sides}][:1])
    when = args.dates[0] if args.dates else None
    fact = Fact("negotiation", evidence, said, parts=venues, start=when.first if when else None,
                end=when.last if when else None)
    return Claim(fact.with_roles("participant", sides), pair_reference=pair)
