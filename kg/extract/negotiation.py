"""Negotiations: who talks to whom, where (confirmed, reported or only considered), when."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.addressed_talks import addressed_in_talks
from kg.extract.arguments import Arguments
from kg.extract.body_members import without_members
from kg.extract.context import Context, pair_in, states
from kg.extract.counterparts_meeting import counterparts_met
from kg.extract.deals_in_talks import deal_in_talks
from kg.extract.detours import detour_places
from kg.extract.doc_words import morph_values
from kg.extract.former_sides import former_side
from kg.extract.forum_talks import named_beside
from kg.extract.gapped_objects import gapped_objects
from kg.extract.gathered import attended_by, gathered_members
from kg.extract.gerund_meetings import gerund_places
from kg.extract.held_sites import held_before, held_in, held_unsaid, sites
from kg.extract.home_host import home_host
from kg.extract.hosted_events import hosted_at
from kg.extract.hosting import (
    guest_received,
    hosts_talks,
    received,
    received_before,
    received_of,
    someone_received,
    welcomed,
)
from kg.extract.joint_bodies import compound_sides
from kg.extract.journeys_to_come import journey_to_come
from kg.extract.lexicon import Trigger, word_list
from kg.extract.listed_talks import each_listed
from kg.extract.meeting_frames import gone_to_meet
from kg.extract.mentions import Mention
from kg.extract.official_talks import official_with, phoned, posted_host, rang
from kg.extract.one_by_one import held_apart, met_by_pronoun, told_held
from kg.extract.planned import planned_in_past, talks_to_come
from kg.extract.press_talks import said_beside
from kg.extract.seat_meetings import seat_meeting
from kg.extract.summit_members import group_sides
from kg.extract.surrounding_talks import TOLD_APART
from kg.extract.syntax import (
    THIS,
    Sentence,
    governing_case,
    mention_root,
)
from kg.extract.talk_claim import talk_claim
from kg.extract.talk_parties import (
    party_of_deal_discussed,
    second_title,
    side_of,
    sides_named,
    subject_above,
    talks_owner,
    unsaid_side,
)
from kg.extract.talk_sides import (
    about_deal,
    around_table,
    convened_by,
    counterparts_received,
    delegation_led,
    framing,
    groups_described,
    in_talks,
    members_met,
    negotiated,
    with_the_verb,
)
from kg.extract.together import apart, spoken_in
from kg.extract.trip_told import trip_sides
from kg.extract.venue_filters import in_clause, sides_by_capitals
from kg.extract.venues import (
    attended,
    capitals,
    journey_places,
    on_visit,
    placed_before,
    sealed_after,
)
from kg.extract.visited_states import counterpart_host
from kg.extract.visits import visit_sides, visited_objects
from kg.extract.where_clause import where_held
from kg.kinds import Modality
from kg.records import Attribution, Claim, Entity


def _read_more(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
               said: Attribution) -> tuple[Arguments, Attribution]:
    """What the parse leaves out of the arguments of talks: « la prochaine rencontre » is only planned; « dans la
    capitale chilienne » is a place; « en recevant à Lima le ministre X »: X is the one met; « A est en
    pourparlers avec B »: A is a side; « le contrat a été négocié »: the contract is none."""
    args = in_clause(sentence, trigger, args)
    args = args.but(places=[m for m in args.places if not _posted_in(sentence, m)
                            and not sides_by_capitals(sentence, m)])
    if not args.agents:
        args = args.but(agents=[m for m in in_talks(sentence, trigger) or deal_in_talks(sentence, trigger)
                                if m not in args.partners])
    if not args.partners:
        args = args.but(partners=[m for m in with_the_verb(sentence, trigger) + delegation_led(sentence, trigger)
                                  if m not in args.agents])
    if not args.partners and (entry.detail == "meet" or entry.object_role == "partner"):  # « a reçu, lundi, X »
        args = args.but(partners=[m for m in gapped_objects(sentence, trigger) + official_with(
            ctx, sentence, trigger) if m not in args.agents])
    if not args.partners:  # « X a indiqué au président Y lors d'un entretien »: the official addressed
        args = args.but(partners=addressed_in_talks(ctx, sentence, trigger))
    if not args.partners and entry.detail == "statement":  # « a annoncé au côté de son homologue Y »
        args = args.but(partners=said_beside(sentence, trigger))
    described = groups_described(ctx, sentence, args.partners)
    args = args.but(partners=[m for m in args.partners if not party_of_deal_discussed(sentence, trigger, m)
                              and m not in described and not second_title(sentence, m, args.partners)])
    if negotiated(trigger):
        args = args.but(agents=[m for m in args.agents if mention_root(sentence, m).dep_ != "nsubj:pass"],
                  implicit=[])
    if journey_to_come(trigger) or planned_in_past(sentence, trigger) or talks_to_come(trigger) or \
            any(c.dep_ == "amod" and c.lemma_.lower() in word_list("upcoming.tsv") for c in trigger.children):
        said = replace(said, modality=said.modality.at_least(Modality.POSSIBLE))
    if entry.detail != "host":
        args = args.but(places=args.places + [c for c in capitals(ctx, sentence, trigger) + held_in(
            sentence, trigger) + sealed_after(sentence, trigger) if c.start not in {p.start for p in args.places}])
        args = args.but(places=args.places or sites(sentence, trigger) or held_unsaid(sentence, trigger))
    args = args.but(places=args.places or gerund_places(sentence, trigger))  # « en recevant, au palais à X, »
    args = args.but(partners=args.partners + received(ctx, sentence, trigger, args))
    if entry.detail == "meet":
        # « a accordé une audience au président X »: the one an audience is granted is the one met
        granted = [m for m in args.recipients if trigger.pos_ == "NOUN" and m not in args.partners]
        # (« une audience à l'ambassadeur de Chine »)
        granted += received_of(ctx, sentence, trigger, frozenset({"à", "au", "aux", "avec"}))
        args = args.but(partners=args.partners + received_of(ctx, sentence, trigger) + granted)
        args = args.but(places=[m for m in args.places if m not in args.partners])  # « au commandant de X »
    if any(c.lower_.startswith("téléphon") for c in trigger.children):  # « au téléphone »: a call is held nowhere
        args = args.but(places=[])
    return args.but(partners=[m for m in args.partners if not former_side(sentence, m)]), said  # former_sides


def _posted_in(sentence: Sentence, mention: Mention) -> bool:
    """« l'attaché de défense, basé à X, au Y », « l'ambassadeur sortant en Z »: a place a participle of posting
    governs is where an official serves, no venue of the talks."""
    participle = mention_root(sentence, mention).head
    return participle.pos_ in {"VERB", "ADJ"} and "Part" in morph_values(participle, "VerbForm") and \
        bool({participle.lemma_.lower(), participle.lower_} & word_list("posting-participles.tsv"))


def build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
          said: Attribution) -> Claim | tuple[Claim, ...] | None:
    found = without_members(sentence, trigger, _build(ctx, sentence, trigger, entry, args, said))  # body_members
    if isinstance(found, Claim) and (there := where_held(ctx, sentence, trigger, found, said)) is not None:
        found = there  # « X était au Kenya où il a discuté » (kg.extract.where_clause)
    if isinstance(found, Claim) and (each := each_listed(ctx, sentence, trigger, found, said)) is not None:
        return each  # « des négociations avec A, B et C »: one pair at a time (kg.extract.listed_talks)
    meeting = entry.detail == "meet" or entry.object_role == "partner"  # « a reçu », « a rencontré »
    return held_apart(ctx, sentence, trigger, found, meeting) if isinstance(found, Claim) else found


def _build(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
           said: Attribution) -> Claim | tuple[Claim, ...] | None:
    args, said = _read_more(ctx, sentence, trigger, entry, args, said)
    if entry.detail in {"visit", "stay"}:  # « la visite du ministre X à Y », « la venue du président X à Y »
        return _visit(ctx, sentence, trigger, args, said)
    if entry.detail in TOLD_APART:  # an arrival, a trip, an event: talks told by what surrounds them
        return TOLD_APART[entry.detail](ctx, sentence, trigger, args, said)
    if entry.detail in {"phone", "ring"}:  # a call is held nowhere
        sides = phoned(ctx, sentence, trigger) if entry.detail == "phone" else rang(ctx, sentence, trigger, args)
        return None if sides is None else talk_claim(ctx, sentence, sides, args, said, [])
    if entry.detail == "table":
        sides = around_table(ctx, sentence, trigger)
        return None if sides is None else talk_claim(ctx, sentence, sides, args, said,
                                                     pair=not sides and pair_in(sentence, trigger))
    if (seat := seat_meeting(ctx, sentence, trigger, args, said)) or apart(ctx, sentence, trigger, entry, args):
        return seat  # « X était présent à la réunion du Kremlin » (kg.extract.seat_meetings), or no talks
    if entry.detail == "gathering":
        return _gathering(ctx, sentence, trigger, entry, args, said)
    if (listed := _counterparts_met(sentence, trigger, entry)):
        return _hosting(ctx, sentence, trigger, entry, args, said, listed)
    # « X a été accueilli par Y », « Y a accueilli le président X »: a host meets them; « il a été reçu par Y » too
    fronted = guest_received(ctx, sentence, trigger, args) if entry.detail in {"meet", "host"} else []
    welcome = welcomed(ctx, sentence, trigger) if entry.detail == "host" else received_before(ctx, sentence, trigger)
    welcome += fronted
    host = entry.detail == "host" and not welcome
    places = list(args.places)
    places += [m for m in spoken_in(sentence, trigger) if m not in places] if entry.detail == "statement" else []
    if host and not hosts_talks(sentence, trigger):
        return None
    if host:
        # « Vienne est pressentie pour les accueillir »: the hosting city is the venue of the talks named, no side
        places += [m for m in sentence.mentions if m.how in {gz.CITY, gz.CAPITAL}
                   and subject_above(sentence, m, trigger) and m not in places]
    elif entry.detail == "meet" and not fronted and _no_one_met(ctx, sentence, trigger, args):
        return None  # « a reçu des drones » is no meeting; « a reçu son homologue turc » is
    explicit = [] if host else ([side_of(ctx, sentence, m) for m in args.agents + args.partners] + welcome
                                or _told_around(ctx, sentence, trigger))
    explicit += [] if host else gone_to_meet(ctx, sentence, trigger, explicit)
    if not host and len(states(ctx, explicit)) < 2:  # « le sommet des chefs d'État de A, de B », « pourparlers A-B »
        explicit = group_sides(ctx, sentence, trigger, explicit)
    if not host and not args.agents and (len(states(ctx, explicit)) <= 1 or met_by_pronoun(trigger)) and \
            (explicit or not held_before(trigger)):
        explicit += args.implicit  # « le Kremlin a annoncé des négociations avec l'Ukraine »
    trip = [] if host else [m for m in journey_places(sentence, trigger) if m not in places]
    places += [] if host else [m for m in on_visit(ctx, sentence, trigger) + attended(sentence, trigger, args.agents)
                               if m not in places + trip] + trip
    if trip and explicit and len(states(ctx, explicit)) < 2:  # the state it goes to is the other side
        gone = [m.entity if m.how == gz.NAME else ctx.host_state(m.entity) for m in trip]
        explicit += [g for g in gone if g is not None][:1]
    if explicit and not host:
        explicit += sides_named(ctx, sentence) + talks_owner(ctx, sentence, trigger, args, explicit)
        explicit += _host_unsaid(ctx, sentence, trigger, explicit, places, args.partners)
    if trigger.pos_ == "NOUN" and not host and not args.agents and not args.implicit and \
            len(explicit) - len(named_beside(sentence, args.partners)) == 1 and \
            any(governing_case(sentence, m, trigger) == "avec" for m in args.partners):
        explicit += unsaid_side(ctx, said)
    pair = not host and len(states(ctx, explicit)) < 2 and pair_in(sentence, trigger)
    claim = talk_claim(ctx, sentence, explicit, args, said, places, pair, [] if host else hosted_at(
        sentence, trigger) or placed_before(ctx, sentence, trigger, entry, explicit, places, pair))
    return replace(claim, deal_talks=True) if not explicit and not pair and about_deal(trigger) else claim


def _host_unsaid(ctx: Context, sentence: Sentence, trigger: Token, explicit: list[Entity], places: list[Mention],
                 partners: list[Mention]) -> list[Entity]:
    """The side the sentence names by no state: a counterpart's where the visitor is (kg.extract.visited_states), or the
    host's where the envoy met is posted (« a reçu l'ambassadeur de A au B »)."""
    found = counterpart_host(ctx, sentence, trigger, explicit, places)
    found += posted_host(sentence, partners) if len(states(ctx, explicit + found)) == 1 else []
    return found + home_host(ctx, sentence, trigger, explicit + found, places)


def _counterparts_met(sentence: Sentence, trigger: Token, entry: Trigger) -> list[Mention]:
    """« reçoit ses homologues A et B », « a rencontré ses homologues A, B et C »: the states of those met."""
    meets = entry.detail in {"meet", "host"} or (entry.object_role == "partner" and trigger.pos_ == "VERB")
    return counterparts_received(sentence, trigger) if meets else []


def _told_around(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« À l'issue des pourparlers de X, A et B ont ... » (a noun of talks framing the sentence), « Les échanges ont
    porté sur ... », « Les deux ministres ont évoqué ... » after a trip: the sides the words around the talks give."""
    return (framing(ctx, sentence, trigger) if trigger.pos_ == "NOUN" else []) or trip_sides(ctx, sentence, trigger)


def _no_one_met(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> bool:
    """A verb of receiving whose object is no one met: no person, title, side or delegation's leader."""
    return not someone_received(ctx, sentence, trigger, args) and not delegation_led(sentence, trigger) and \
        not ((args.agents or args.implicit) and sides_named(ctx, sentence))


def _gathering(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments,
               said: Attribution) -> Claim | None:
    """« une réunion trilatérale entre A, B et C », « la réunion des ministres de A et de B », « A et B ont convoqué
    la commission mixte »: a meeting of two states at least, or of a pair told before (« des deux pays »); not « la
    réunion du conseil »."""
    if met := counterparts_met(ctx, sentence, trigger):  # « A a ouvert une réunion de ses homologues de B et C »
        return talk_claim(ctx, sentence, met, args, said, inherited=hosted_at(sentence, trigger))
    sides = [ctx.actor(m) for m in args.agents + args.partners + members_met(sentence, trigger)]
    sides += [ctx.actor(m) for m in gathered_members(sentence, trigger) + attended_by(sentence, trigger)
              if ctx.actor(m) not in sides]
    sides += convened_by(ctx, sentence, trigger) if len(states(ctx, sides)) < 2 else []
    sides += [ctx.actor(m) for m in compound_sides(sentence, trigger)] if len(states(ctx, sides)) < 2 else []
    if sum(s.cls == "State" for s in states(ctx, sides)) >= 2 or _state_with_body(ctx, sentence, trigger, args):
        # « X a participé à Amman à la réunion. Cette réunion a regroupé ... »: the place told before, in a side's state
        before = placed_before(ctx, sentence, trigger, entry, sides, args.places)
        return talk_claim(ctx, sentence, sides, args, said, inherited=hosted_at(sentence, trigger) or before)
    # « une réunion entre les ministères de la défense des deux pays »: the pair told before
    return talk_claim(ctx, sentence, [], args, said, pair=pair) if not sides and (pair := pair_in(sentence, trigger)) \
        else None


def _state_with_body(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> bool:
    """« une délégation de A a tenu des réunions avec des membres de l'OTAN »: a state that meets an organisation
    « avec » it is a meeting of two sides too."""
    met = [ctx.as_state(ctx.actor(m)) for m in args.partners if governing_case(sentence, m, trigger) == "avec"]
    own = [ctx.as_state(ctx.actor(m)) for m in args.agents]
    return any(s.cls == "State" for s in own) and any(o.cls == "Organisation" for o in met)


def _hosting(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments, said: Attribution,
             listed: list[Mention]) -> Claim | tuple[Claim, ...]:
    """A host of several counterparts (kg.extract.talk_sides.counterparts_received) meets each of their states; a
    host whose state the sentence leaves unsaid acts for the state the article is about."""
    hosts = [s for s in states(ctx, [ctx.actor(m) for m in args.agents] or args.implicit) if s.cls == "State"]
    lead = ctx.lead_actor()
    sides = (hosts or ([lead] if lead is not None and lead.cls == "State" else []))[:1] + [
        ctx.actor(m) for m in listed]
    places = list(args.places) + [m for m in on_visit(ctx, sentence, trigger) if m not in args.places]
    claim = talk_claim(ctx, sentence, sides, args, said, places,
                       inherited=placed_before(ctx, sentence, trigger, entry, sides, places))
    met = claim.fact.get("participant")
    if entry.detail is not None or len(met) < 3 or not hosts or met[0].key != hosts[0].key or \
            told_held(sentence, "group"):
        return claim
    # « X a rencontré ses homologues A, B et C »: not a host's meeting of all, one meeting with each
    fact = replace(claim.fact, roles=tuple((r, e) for r, e in claim.fact.roles if r != "participant"))
    return (replace(claim, apart=True), *(replace(claim, fact=fact.with_roles("participant", [met[0], other]),
                                                  one_of=True) for other in met[1:]))


def _visit(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments,
           said: Attribution) -> Claim | tuple[Claim, ...] | None:
    """A visit: talks between the visitor's state and the host's (kg.extract.visits); a tour of several states
    (« la tournée du ministre au Japon et en Corée du Sud ») is talks with each, held in it or in its city named."""
    found = visit_sides(ctx, sentence, trigger, args)
    if found is None and not args.agents and not args.of and not args.places and \
            any(d.dep_ == "det" and d.lower_ in THIS for d in trigger.children):
        # « cette visite »: the one told before, made where a sentence just before placed someone
        return talk_claim(ctx, sentence, [], args, said, pair=True, inherited=ctx.recent_places(sentence)[:1])
    if found is None:
        return None
    visitors, hosts = found
    claims = []
    cities = args.places + [m for m in visited_objects(sentence, trigger) + detour_places(sentence, trigger)
                            if m.how != gz.NAME]
    for host in hosts:
        # the places in this host (the first host takes those of no known state too)
        places = [p for p in cities if (
            (state := p.entity if p.how == gz.NAME else ctx.host_state(p.entity)) is None and host == hosts[0])
            or (state is not None and state.key in {host.key} | {v.key for v in visitors})]
        claims.append(talk_claim(ctx, sentence, [*visitors, host], args, said, places, inherited=[host]))
    return claims[0] if len(claims) == 1 else tuple(claims)
