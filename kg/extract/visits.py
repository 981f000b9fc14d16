"""Visits: the sides of talks a visit makes (the visitor's state and the host's); the state visited as the venue
of talks is read by kg.extract.visited_states, who signs on a visit by kg.extract.visit_signers."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.detours import detour_makers, detour_places
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import official_nouns, role_cases, word_list
from kg.extract.meeting_frames import frames_another_meeting, mission_seat
from kg.extract.mentions import Mention
from kg.extract.ships import SHIP_NOUNS
from kg.extract.spoken_visits import spoken_on_visit
from kg.extract.syntax import (
    ACTOR_KINDS,
    DEFINITE,
    POSSESSIVES,
    SUBJECTS,
    Sentence,
    case_of,
    light_verb,
    mention_root,
    path_up,
    predicate_of,
)
from kg.extract.talk_nouns import meeting_nouns
from kg.extract.visit_phrases import fronted_host, phrase_host
from kg.extract.visit_signers import signer_on_visit, visitor_signs
from kg.records import Entity

_DEFINITE = DEFINITE | POSSESSIVES


def _host_states(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[Entity]:
    """Where a visit goes: the state of its city (« visite à Doha ») or the state itself (« visite en Inde »)."""
    hosts = [h for p in args.places if (h := ctx.host_state(p.entity)) is not None
             and not _at_other_meeting(sentence, p, trigger) and not mission_seat(sentence, p)]
    # « a visité l'Égypte, la Tunisie et le Togo », « a visité Lima »; « a fait un détour par Y »
    hosts += [h for m in visited_objects(sentence, trigger) + detour_places(sentence, trigger) if (
        h := m.entity if m.how == gz.NAME else ctx.host_state(m.entity)) is not None]
    journey = trigger.head if _journey_purpose(trigger) else None
    # « effectue une tournée en Égypte et en Jordanie », « a rendu visite au Japon »: the states hung on the verb
    # that makes the tour or pays the visit
    made = trigger.head if trigger.dep_ == "obj" and (
        light_verb(trigger.head, trigger) or _paid(trigger)) else None
    # « une tournée qui le mènera au Kenya, en Ouganda puis au Rwanda »: those its relative clause leads to
    leads = [c for c in trigger.children if c.dep_ == "acl:relcl" and c.lemma_.lower() in _LEADS]
    if trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in _LEADS:  # « la tournée l'a conduit au Mali »
        leads.append(trigger.head)
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        first = root
        while first.dep_ == "conj" and first.head != first:  # « au Kenya, en Ouganda puis au Rwanda »
            # « aux Émirats arabes unis et au Qatar »: hung on a word inside the name before
            first = mention_root(sentence, named) if (named := sentence.mention_at(first.head)) else first.head
        # « a effectué une visite auprès de son homologue au Mali »: a state the parser hangs under « auprès »
        beside = next((a.head for a in list(first.ancestors)[:3] if a.lower_ == "auprès"), None)
        if mention.how == gz.NAME and case_of(root) in role_cases("host") and (
                path_up(root, trigger) is not None or bool({first.head, beside} & {journey, made} - {None})
                or any(t in leads for t in (first, first.head))):
            hosts.append(mention.entity)
    return hosts


def _at_other_meeting(sentence: Sentence, place: Mention, trigger: Token) -> bool:
    """« sa visite au Pérou, dans le prolongement de sa participation au sommet de l'APEC à Bangkok »: the city of
    another meeting, told in an adjunct of the verb that makes the visit, is where that meeting is, no host of it."""
    root = branch = mention_root(sentence, place)
    if trigger.is_ancestor(root):
        return False
    while branch.head != branch and not branch.head.is_ancestor(trigger):
        branch = branch.head
    return branch != root and any(t.lemma_.lower() in meeting_nouns() and t.i < root.i for t in branch.subtree)


def visited_objects(sentence: Sentence, verb: Token) -> list[Mention]:
    """The states and cities a verb of visiting has for objects (« a visité l'Égypte, la Tunisie et le Togo »)."""
    if verb.pos_ != "VERB":
        return []
    found = []
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        while root.dep_ in {"conj", "appos"} and root.head != root:  # a list the parser reads as appositions too
            root = root.head
        if mention.how in {gz.NAME, gz.CITY, gz.CAPITAL} and root.dep_ == "obj" and root.head == verb:
            found.append(mention)
    return found


_LEADS = {"mener", "conduire", "emmener", "amener"}


def visit_sides(ctx: Context, sentence: Sentence, trigger: Token,
                args: Arguments) -> tuple[list[Entity], list[Entity]] | None:
    """« la visite à Doha du président libanais », « sa visite à Rabat »: talks between the visitor's state
    and each host state (a tour has several), as (visitors, hosts); a visit with no host abroad or no visitor is
    none."""
    made = trigger.dep_ == "obj" and light_verb(predicate_of(trigger), trigger)
    if _paid(trigger) and not _paid_to_a_side(sentence, trigger):
        return None  # « a rendu visite aux troupes déployées au X »: a visit to one's own troops abroad
    gone = detour_places(sentence, trigger)  # « X a fait un détour par Y »: a stop made on the way
    made = made or _paid(trigger) or bool(gone)  # « X a rendu visite à son homologue »
    made = made or trigger.dep_ == "ROOT"  # a title: « Visite d'État du président X à Y »
    journey = _journey_purpose(trigger)  # « X est arrivé à Nicosie pour une visite », « s'est rendu à Lima pour ... »
    made = made or journey
    # a title « Le ministre X en visite en Inde », « X est en visite à Athènes »: the one on a visit is the visitor
    on_visit = _in_title(sentence) and case_of(trigger) == "en" and trigger.head.pos_ in {"NOUN", "PROPN"}
    stay = _stay_clause(sentence, trigger)
    staying = [c for c in stay.children if c.dep_ == "nsubj"] if stay is not None else []
    made = made or (bool(staying) and stay != trigger)  # « X a été les 3 et 4 mai en visite au Y »
    hosts = states(ctx, _host_states(ctx, sentence, trigger, args))
    signer = visitor_signs(sentence, trigger) or signer_on_visit(trigger)
    if not made and not on_visit and not signer and frames_another_meeting(ctx, sentence, trigger, hosts):
        return None
    if not made and not on_visit and not signer and \
            not any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in trigger.children):
        # « en marge d'une visite »: the frame of another fact, its host only completes the talks under way with that
        # state (where held); unless someone speaks during it abroad (kg.extract.spoken_visits)
        return spoken_on_visit(ctx, trigger, args.implicit, hosts) or (
            ([], hosts) if args.places and len(hosts) == 1 else None)
    # « X effectue une visite au Pérou »: a visit someone makes is the story; « la venue de soldats x » is none
    named = [ctx.actor(m) for m in args.agents + args.of + _of_after_place(sentence, trigger, args)
             if visitor(ctx, sentence, m) and m not in gone]  # not « par le Maroc » the parser may read as an agent
    if on_visit and not named:
        named = ctx.resolve(sentence, trigger.head)
    if staying and not named:
        named = [e for c in staying for e in ctx.resolve(sentence, c)]
    if not named:
        # « le président effectue une visite »; not « Doha a annoncé ... lors de la visite »: the host speaks
        light = journey or _paid(trigger) or gone or \
            light_verb(predicate_of(trigger), trigger)
        named = (args.implicit if light else []) or [e for d in trigger.children if d.lower_ in POSSESSIVES
                                                     for e in ctx.antecedent(sentence, d)][:1]
    if not named and signer:  # « lors d'une visite au Kenya, le ministre X a signé avec son homologue »
        named = [e for c in signer for e in ctx.resolve(sentence, c)]
    if not named and journey:  # « le président X se trouve au Rwanda pour une visite d'État »: whoever goes
        named = [e for c in trigger.head.children if c.dep_ in SUBJECTS and not _vessel(sentence, c)
                 for e in ctx.resolve(sentence, c)]
    if not named and gone:  # « le ministre X a fait un détour par Y »
        named = detour_makers(ctx, sentence, trigger)
    if not hosts:  # « X a salué la visite de son homologue chilien »: the counterpart came to X's state
        hosts = _counterpart_s_host(ctx, sentence, trigger, args) or _official_visited(ctx, sentence, trigger) or \
            phrase_host(ctx, sentence, trigger) or fronted_host(ctx, sentence, trigger)  # « la visite de X à Moscou »
    named = named or _delegation_before(ctx, sentence, trigger) or _country_of_visitor(ctx, sentence, trigger, hosts) \
        or _gerund_s_subject(ctx, sentence, trigger)
    visitors = _visitors(ctx, sentence, trigger, named, hosts, journey)
    return (visitors, hosts) if visitors and hosts else None


def _visitors(ctx: Context, sentence: Sentence, trigger: Token, named: list[Entity], hosts: list[Entity],
              journey: bool) -> list[Entity]:
    """The visiting states of the ones a visit names (none that it visits)."""
    visitors = [v for v in states(ctx, named) if v.cls == "State" and all(v.key != h.key for h in hosts)]
    visitors = visitors or _main_subject_s(ctx, sentence, trigger, hosts)
    home = ctx.filed_from()
    if not visitors and home is not None and any(v.cls == "Person" for v in states(ctx, named)) and \
            all(home.key != h.key for h in hosts):
        # « ALGER (Agence) - Le général X, chef d'état-major, a entamé une visite en Russie »: a visitor the
        # dispatch gives no state of comes from the state it is filed from
        visitors = [home]
    if not visitors and journey:  # « le président X se trouve au Rwanda pour une visite »: a person the article
        visitors = [v for v in states(ctx, named) if v.cls == "Person"][:1]  # gives a post elsewhere (discourse)
    return visitors


def _stay_clause(sentence: Sentence, trigger: Token) -> Token | None:
    """« X est en visite au Y »: the word that holds the copula of a stay, the visit itself, or a date told between
    the copula and the visit that the parser makes the predicate (« X a été les 3 et 4 mai en visite au Y »)."""
    if case_of(trigger) != "en":
        return None
    dated = {i for begin, end, _date in sentence.dates for i in range(begin, end)}
    for word in (trigger, trigger.head if trigger.dep_ == "nmod" and trigger.head.i in dated else None):
        if word is not None and any(c.dep_ == "cop" for c in word.children):
            return word
    return None


def _delegation_before(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« la visite de la délégation au chef d'état-major chilien »: a definite delegation that names no state is
    the one told before."""
    return [e for c in trigger.children if c.dep_ == "nmod" and case_of(c) in DE_CASES and c.lemma_.lower()
            in word_list("side-nouns.tsv") and sentence.mention_at(c) is None and any(
                d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children) for e in ctx.antecedent(sentence, c)]


_NOT_THE_VISITOR_S = {"hôte", "voisin", "organisateur", "tiers", "ami", "frère", "partenaire"}


def _country_of_visitor(ctx: Context, sentence: Sentence, trigger: Token, hosts: list[Entity]) -> list[Entity]:
    """« lors de la visite du ministre de la Défense du pays andin à Lima »: an official whose title names their
    state only as « le pays » and an adjective comes from the one state the sentence names besides the host."""
    officials = [c for c in trigger.children if c.dep_ == "nmod" and case_of(c) in DE_CASES and ctx.titled(c)]
    if not any(t.lower_ == "pays" and case_of(t) in DE_CASES and any(
            c.dep_ == "amod" and c.lower_ not in _NOT_THE_VISITOR_S for c in t.children) and not any(
            c.dep_ == "amod" and c.lower_ in _NOT_THE_VISITOR_S for c in t.children)
            for o in officials for t in o.subtree):
        return []
    others = {m.state.key: m.state for m in sentence.mentions if m.how == gz.NAME and m.state is not None
              and all(m.state.key != h.key for h in hosts)}
    return list(others.values()) if len(others) == 1 else []


def _gerund_s_subject(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« En effectuant cette visite à Lima, le ministre X entend ... »: a visit made in a gerund opening the sentence
    is made by the subject of its main clause (read off the words: the parser hangs the gerund anywhere)."""
    verb, doc = trigger.head, sentence.doc
    if trigger.dep_ != "obj" or verb.i - 1 != sentence.span.start or doc[verb.i - 1].lower_ != "en" or \
            not verb.lower_.endswith("ant"):
        return []
    found = [e for c in sentence.span.root.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)]
    comma = next((t.i for t in sentence.span if t.i > verb.i and t.text == ","), None)
    # « En effectuant ce déplacement à Lima, le ministre X avait pour objectif »: the actor right after the comma
    after = [m for m in sentence.mentions if comma is not None and comma < m.start <= comma + 5
             and m.how in ACTOR_KINDS]
    return found or [ctx.actor(m) for m in after[:1]]


def _main_subject_s(ctx: Context, sentence: Sentence, trigger: Token, hosts: list[Entity]) -> list[Entity]:
    """« X a exprimé l'espoir que le Pérou ... lors de sa visite à Lima »: the host, the subject just before the
    possessive, does not visit itself; the visitor is the subject of the sentence's main clause."""
    if not any(d.dep_ == "det" and d.lower_ in POSSESSIVES for d in trigger.children):
        return []
    main = [e for c in sentence.span.root.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)]
    return [v for v in states(ctx, main) if v.cls == "State" and all(v.key != h.key for h in hosts)]


def _paid(trigger: Token) -> bool:
    """« X a rendu visite à Y », « une visite de courtoisie à Y »: a visit paid, the bare or indefinite noun the
    object of « rendre » (the parser may call it xcomp); not « rendre la visite possible »."""
    return trigger.dep_ in {"obj", "xcomp"} and trigger.head.lemma_.lower() == "rendre" and \
        all(c.lower_ in {"une", "un"} for c in trigger.children if c.dep_ == "det")


def _paid_to_a_side(sentence: Sentence, trigger: Token) -> bool:
    """« a rendu visite à X »: X is a state, a city, a person or an official, not « aux troupes »."""
    officials = official_nouns()
    visited = [c for c in trigger.head.children if c.dep_.startswith("obl") and case_of(c) in {"à", "au", "aux"}]
    visited += [c for c in trigger.children if c.dep_ == "nmod" and case_of(c) in {"à", "au", "aux"}]  # hung on it
    return any(c.lemma_.lower() in officials or ((m := sentence.mention_at(c)) is not None and m.how in {
        gz.NAME, gz.CITY, gz.CAPITAL, gz.PERSON}) for c in visited)


def _official_visited(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« la visite de courtoisie de la délégation au chef d'état-major chilien »: a visit made to an official of a
    state is made to that state."""
    officials = official_nouns()
    # hung on the visit, or on the delegation that makes it (« la visite de la délégation au chef ... »)
    heads = [trigger] + [c for c in trigger.children if c.lemma_.lower() in word_list("side-nouns.tsv")]
    if _paid(trigger):  # « a rendu visite au chef d'état-major chilien »: the official hangs on « rendre »
        heads.append(trigger.head)
    visited = [c for h in heads for c in h.children if c.lemma_.lower() in officials and case_of(c) in {
        "à", "au", "aux"}]
    found = [m.state for m in sentence.mentions if m.how in {gz.NAME, gz.DEMONYM} and m.state is not None and any(
        mention_root(sentence, m) in v.subtree for v in visited)]
    return found[:1]


def _counterpart_s_host(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[Entity]:
    """« le ministre chilien a salué la visite de son homologue péruvien »: a visit made by someone's counterpart
    that names no place is made to the state of that someone."""
    nouns = word_list("counterpart-nouns.tsv")
    visitors = [r for m in args.of if (r := mention_root(sentence, m)).lemma_.lower() in nouns or (
        r.head.lemma_.lower() in nouns and r.head.head == trigger)]
    owners = [d for r in visitors for d in ((r if r.lemma_.lower() in nouns else r.head).children)
              if d.dep_ == "det" and d.lower_ in POSSESSIVES]
    found = [s for d in owners[:1] for s in states(ctx, ctx.antecedent(sentence, d)) if s.cls == "State"]
    return found[:1]


def _of_after_place(sentence: Sentence, trigger: Token, args: Arguments) -> list[Mention]:
    """« la visite, à Lima, du ministre chilien »: the parser hangs the « de » complement told after the place set
    off by commas on the place; it is the visit's visitor."""
    if args.agents or args.of:
        return []
    places = [r for p in args.places if (r := mention_root(sentence, p)).head == trigger]
    of = [c for r in places for c in r.children if c.dep_ in {"nmod", "appos"} and case_of(c) in DE_CASES]
    return [m for m in sentence.mentions if m.how in ACTOR_KINDS and any(
        o == (root := mention_root(sentence, m)) or o in root.ancestors for o in of)]


def _journey_purpose(trigger: Token) -> bool:
    """« est arrivé à X pour une visite », « s'est rendu à X pour une visite »: a visit that is what a journey
    is for is made by whoever goes."""
    return case_of(trigger) == "pour" and trigger.head != trigger and \
        trigger.head.lemma_.lower() in word_list("talk-verbs.tsv") - {"avoir"}


def visitor(ctx: Context, sentence: Sentence, mention: Mention) -> bool:
    """Who can make a visit of state: a person, a state, or an official or delegation its adjective or complement
    names (« du président russe », « du chef de la diplomatie chinoise », « d'une délégation iranienne »); not
    the troops, tourists or investors of a state."""
    token = mention_root(sentence, mention)
    if mention.how == gz.PERSON or token.dep_ not in {"amod", "nmod"}:
        return True
    nouns = word_list("side-nouns.tsv") | official_nouns()
    return any(ctx.titled(head) or head.lemma_.lower() in nouns for head in list(token.ancestors)[:3])


def _vessel(sentence: Sentence, token: Token) -> bool:
    """« le porte-avions américain est arrivé à Manille pour une visite »: a ship's port call is no visit of
    state."""
    mention = sentence.mention_at(token)
    return token.lemma_.lower() in SHIP_NOUNS or (mention is not None and mention.how == gz.WEAPON)


def _in_title(sentence: Sentence) -> bool:
    """A sentence with no verb: a title (« Le président X en visite à Y »)."""
    return not any(t.pos_ in {"VERB", "AUX"} for t in sentence.tokens)
