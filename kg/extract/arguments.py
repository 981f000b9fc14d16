"""What the dependency parse says around one trigger: agents, partners, recipients, places, weapons, money, dates."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from itertools import takewhile
from typing import Any

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.bare_objects import idiom_object
from kg.extract.between import between
from kg.extract.converted_sums import converted_sum
from kg.extract.coordination import coordinated_after, coordinated_before
from kg.extract.dates import DateSpan
from kg.extract.doc_words import children as kids
from kg.extract.examples import exemplified
from kg.extract.inherited import implicit_agents
from kg.extract.lexicon import Trigger, firm_nouns, word_list
from kg.extract.lost_subjects import lost_main_subject, pair_with_counterpart, preverbal_subject, whose_turn
from kg.extract.memberships import describes_a_member, members_of
from kg.extract.mentions import Mention
from kg.extract.met import met_after_place, met_in_manner, met_on_comma, surname_met
from kg.extract.place_ranges import ranged
from kg.extract.purposes import purpose_beneficiaries
from kg.extract.roles import framed_talks, relation
from kg.extract.severed import below_severance
from kg.extract.syntax import (
    ACTOR_KINDS,
    ADVERSARY,
    AGENT,
    OF,
    PARTNER,
    PLACE,
    RECIPIENT,
    SOURCE,
    SUBJECTS,
    ResolveFn,
    Sentence,
    case_of,
    is_pronoun_subject,
    light_verb,
    mention_root,
    predicate_of,
)
from kg.records import Amount, Entity

# sums released for someone, whose beneficiary a purpose clause may name
_FUNDING = {("support", "fund"), ("financing", "grant"), ("financing", "loan"), ("financing", "contribution")}
_SPECIFIC = {gz.COMPANY, gz.PERSON, gz.ORGANISATION, gz.BODY, "ner-org"}


@dataclass
class Arguments:
    agents: list[Mention] = field(default_factory=list)
    partners: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    sources: list[Mention] = field(default_factory=list)
    weapons: list[Mention] = field(default_factory=list)
    amounts: list[tuple[int, Amount]] = field(default_factory=list)  # token position, amount
    dates: list[DateSpan] = field(default_factory=list)
    implicit: list[Entity] = field(default_factory=list)  # agents inherited from a governing clause
    of: list[Mention] = field(default_factory=list)  # « de X » complements (« reçu de la Russie »)

    def but(self, **changes: Any) -> Arguments:
        """`dataclasses.replace(self, **changes)` without its per-field work (builders narrow arguments often)."""
        if not changes.keys() <= _FIELDS:
            raise TypeError(f"not a field of Arguments: {sorted(changes.keys() - _FIELDS)}")
        copy = object.__new__(Arguments)
        copy.__dict__.update(self.__dict__)
        copy.__dict__.update(changes)
        return copy


_FIELDS = frozenset(f.name for f in fields(Arguments))


def _head_noun(sentence: Sentence, mention: Mention) -> Token:
    root = mention_root(sentence, mention)
    return root.head if root.dep_ in {"amod", "appos", "flat:name", "nmod"} and root.head.pos_ == "NOUN" else root


def _drop_attributes(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """« le fabricant suédois Saab »: the demonym describes the company, it is no actor of its own; in « la
    partie russe de M. X » the person is a complement, and the demonym names the side."""
    specific_heads = {_head_noun(sentence, m).i for m in mentions
                      if m.how in _SPECIFIC and not case_of(mention_root(sentence, m))}
    return [m for m in mentions if not (m.how == gz.DEMONYM and _head_noun(sentence, m).i in specific_heads)
            and not describes_a_member(sentence, m)]


def _named_after(sentence: Sentence, mention: Mention) -> Mention:
    """« avec le sud-coréen Hanwha Aerospace »: a demonym right before a company or organisation names it."""
    if mention.how != gz.DEMONYM or mention.end >= sentence.span.end:
        return mention
    following = sentence.mention_at(sentence.doc[mention.end])
    if following is not None and following.how in {gz.COMPANY, gz.ORGANISATION, "ner-org"}:
        return following
    return mention


def _described(sentence: Sentence, mention: Mention) -> Mention | None:
    """« avec le consortium franco-italien X », « avec l'industriel sud-coréen X »: a company named after the noun
    that describes it, which the parser leaves hanging elsewhere, stands where that noun stands."""
    if (members := members_of(sentence, mention)) is not None:
        return members
    if mention.how not in {gz.COMPANY, gz.ORGANISATION, "ner-org"}:
        return None
    doc = sentence.doc
    at = mention.start - 1
    while at > sentence.span.start and mention.start - at <= 3 and doc[at].lower_ not in firm_nouns() \
            and doc[at].pos_ in {"ADJ", "PROPN", "NOUN"} and doc[at].text[:1].islower():
        at -= 1  # its qualifiers: « franco-italien », « sud-coréen », « public »
    if at < sentence.span.start or doc[at].lower_ not in firm_nouns() or doc[at].head.i >= mention.start:
        return None
    return replace(mention, start=at)


def _scope(sentence: Sentence, trigger: Token, predicate: Token) -> set[int]:
    """The tokens a trigger's weapons and amounts are read in: its subtree, its predicate's clause when it is an
    argument of the predicate."""
    scope = {t.i for t in trigger.subtree}
    if trigger.dep_ == "acl":
        scope |= {t.i for t in trigger.head.subtree} | converted_sum(sentence, trigger.head)
    scope |= _fronted_participle_subject(trigger)
    if trigger.right_edge.pos_ == "NUM" or _system_named_after(sentence, trigger.right_edge):
        scope.add(trigger.right_edge.i + 1)  # « prendre livraison des six W »: the number counts what follows it,
        # however the parser hangs that; « la fourniture de 14 chars W »: so does the noun the system's name follows
    # « augmenter de 50 milliards son aide »: the parser hangs the aid on the sum; the sum's clause is its own
    hung_on_sum = trigger.dep_ in {"nmod", "acl:relcl", "appos"} and sentence.in_money(trigger.head)
    clause = trigger  # « ce sont dix avions X que Y a annoncé acheter »: the object « que » stands for
    while clause.dep_ == "xcomp" and clause.head.pos_ == "VERB":
        clause = clause.head
    if trigger.pos_ == "VERB" and clause.dep_ in {"acl:relcl", "ccomp"} and clause.head.pos_ in {"NOUN", "PROPN"} \
            and any(c.lower_ in {"que", "qu'", "qu\u2019"} for c in kids(clause)):
        scope |= {t.i for t in clause.head.subtree if t.i < clause.left_edge.i}
    # « avec 10 millions supplémentaires qui lui sont alloués », « une frégate W qui lui sera fournie »: the sum or
    # the thing a passive relative hangs on is what it gives
    if trigger.pos_ == "VERB" and trigger.dep_ == "acl:relcl" \
            and any(c.dep_ == "nsubj:pass" and c.lower_ == "qui" for c in kids(trigger)):
        scope |= {t.i for t in trigger.head.subtree if t.i < trigger.left_edge.i}
    if predicate != trigger and (trigger.dep_ in {"nsubj", "nsubj:pass", "obj", "conj", "obl:arg"} or hung_on_sum
                                 or idiom_object(trigger, predicate)):
        scope |= {t.i for t in predicate.subtree if t.dep_ not in {"ccomp", "parataxis"}}
    return scope


def _system_named_after(sentence: Sentence, noun: Token) -> bool:
    """A system's name right after the noun closing a trigger's phrase (« de 14 chars W »), hung anywhere."""
    named = sentence.mention_at(sentence.doc[noun.i + 1]) if noun.i + 1 < sentence.span.end else None
    return noun.pos_ == "NOUN" and named is not None and named.how == gz.WEAPON and named.start == noun.i + 1


def _fronted_participle_subject(trigger: Token) -> set[int]:
    """« Acheté en mars par X, le canon W ... »: a past participle that opens the sentence describes the subject
    of the main clause after it."""
    if trigger.dep_ != "advcl" or trigger.pos_ != "VERB" or trigger.i > trigger.head.i or \
            "VerbForm=Part" not in str(trigger.morph) or "Tense=Past" not in str(trigger.morph) or \
            any(c.dep_.startswith("aux") for c in kids(trigger)):
        return set()
    return {t.i for c in kids(trigger.head) if c.dep_ in SUBJECTS and c.i > trigger.i for t in c.subtree}


def _opens_clause(sentence: Sentence, mention: Mention) -> bool:
    """« ... à A, B proteste », « ..., B s'inquiète »: a name its own finite verb follows is the subject of another
    clause, not one more actor of the list before it."""
    if mention.end >= sentence.span.end:
        return False
    verb = sentence.doc[mention.end]
    return verb.lower_ in {"se", "s'"} or (verb.pos_ in {"VERB", "AUX"} and "Mood=" in str(verb.morph))


def _weapons_and_sums(sentence: Sentence, trigger: Token, predicate: Token, args: Arguments) -> None:
    """The weapon systems and sums of money in the trigger's scope."""
    weapons = [m for m in sentence.mentions if m.how == gz.WEAPON]
    if weapons or sentence.money:
        scope = _scope(sentence, trigger, predicate)
        args.weapons.extend(m for m in weapons if m.start in scope)
        args.amounts.extend((start, money.amount) for start, end, money in sentence.money
                            if not money.conversion and (start in scope or (end - 1) in scope))


def _role(sentence: Sentence, mention: Mention, trigger: Token, entry: Trigger) -> str | None:
    """What an actor or a place is to the trigger, read by the parse, past a noun that describes it or a place
    the parser hung it on."""
    if entry.fact == "negotiation" and below_severance(sentence, mention, trigger):
        return None
    role = relation(sentence, mention, trigger, entry.object_role, entry.fact)
    if role is None and (described := _described(sentence, mention)) is not None:
        role = relation(sentence, described, trigger, entry.object_role, entry.fact)
    if role is None and (group := exemplified(sentence, mention)) is not None:  # « plusieurs pays, dont X »
        role = relation(sentence, group, trigger, entry.object_role, entry.fact)
    if role is None and entry.object_role == PARTNER and (met_after_place(sentence, trigger, mention)
                                                          or met_on_comma(sentence, trigger, mention)
                                                          or met_in_manner(sentence, trigger, mention)):
        role = PARTNER
    return role


def _closes_listed_complement(sentence: Sentence, mention: Mention,
                              buckets: dict[str, list[Mention]]) -> list[Mention] | None:
    """« La signature des accords avec A et B devraient avoir lieu »: the parser makes B, the last of a list that opens
    on a preposition, the subject of the plural verb after it; a singular name is no subject of a plural verb, it
    ends the list. The bucket of the list's first name, which B joins."""
    root = mention_root(sentence, mention)
    verb = root.head
    if root.dep_ not in SUBJECTS or "Number=Sing" not in str(root.morph) or verb.pos_ not in {"VERB", "AUX"} or \
            "Number=Plur" not in str(verb.morph) or any(c.dep_ == "conj" for c in kids(root)):
        return None
    earlier = coordinated_before(sentence, mention)
    if not earlier or not case_of(mention_root(sentence, earlier[-1])):
        return None
    return next((bucket for role, bucket in buckets.items() if role != AGENT and earlier[-1] in bucket), None)


def _hung_on_sum(sentence: Sentence, mention: Mention) -> bool:
    """« ... évaluée à 3 milliards d'euros, X a été ... »: a name the parser hangs bare on a sum (in apposition) is no
    complement of the sum's preposition; it takes no role of the trigger through it."""
    root = mention_root(sentence, mention)
    return root.dep_ == "appos" and not case_of(root) and sentence.in_money(root.head)


def _listed_agents(sentence: Sentence, agents: list[Mention], buckets: dict[str, list[Mention]]) -> None:
    """The agents' lists: names coordinated before an agent are agents too, and after a passive's agent (« signé
    par A et B »: the parser hangs B elsewhere); a name that ends another role's list leaves the agents."""
    for mention in list(agents):
        list_bucket = _closes_listed_complement(sentence, mention, buckets)
        if list_bucket is not None:  # « avec A et B devraient ... »: B ends A's list, no subject of the verb
            agents.remove(mention)
            list_bucket.append(mention)
            continue
        for earlier in coordinated_before(sentence, mention):
            if earlier not in agents:
                agents.insert(0, earlier)
        if mention_root(sentence, mention).dep_ == "obl:agent":
            agents.extend(m for m in coordinated_after(sentence, mention) if m not in agents)


def gather(sentence: Sentence, trigger: Token, entry: Trigger, resolve: ResolveFn) -> Arguments:
    args = Arguments()
    of = args.of
    buckets = {AGENT: args.agents, PARTNER: args.partners, RECIPIENT: args.recipients, PLACE: args.places,
               SOURCE: args.sources, OF: of}
    spanned = ranged(sentence)  # « de A, de B à C »: ends of a stretch, no sides
    for mention in sentence.mentions:
        first = sentence.doc[mention.start]
        if mention.how not in ACTOR_KINDS and mention.how not in {gz.CITY}:
            continue
        if sentence.in_money(first) or mention.start in spanned or _hung_on_sum(sentence, mention):
            continue
        role = _role(sentence, mention, trigger, entry)
        if mention.how == gz.CITY and role != PLACE:
            continue  # a city that is no capital stands for no state
        if role in buckets and role != ADVERSARY:
            buckets[role].append(mention)
    if not args.agents and trigger.pos_ == "VERB":
        args.agents.extend(preverbal_subject(sentence, trigger) or pair_with_counterpart(sentence, trigger)
                           or lost_main_subject(sentence, trigger))
    elif trigger.pos_ == "VERB" and entry.fact == "negotiation":  # a pair broken off its subject
        args.agents.extend(m for m in pair_with_counterpart(sentence, trigger) if m not in args.agents)
    args.agents.extend([] if args.agents else whose_turn(sentence, trigger))
    if args.recipients and entry.detail != "receive":
        args.agents.extend(of)
    _listed_agents(sentence, args.agents, buckets)
    for bucket in (args.partners, args.recipients):
        for mention in list(bucket):
            listed = takewhile(lambda m: not _opens_clause(sentence, m), coordinated_after(sentence, mention))
            bucket.extend(m for m in listed if m not in bucket)
    if entry.object_role == PARTNER:
        args.partners.extend(surname_met(sentence, trigger, resolve))
    sides_between = between(sentence, trigger)
    args.partners.extend([m for k, m in enumerate(sides_between) if m not in args.partners + sides_between[:k]])
    for bucket in (args.agents, args.partners, args.recipients):
        bucket[:] = [_named_after(sentence, m) for m in bucket]
    args.agents[:] = _drop_attributes(sentence, args.agents)
    args.partners[:] = _drop_attributes(sentence, args.partners)
    args.recipients[:] = _drop_attributes(sentence, args.recipients)
    predicate = predicate_of(trigger)
    _weapons_and_sums(sentence, trigger, predicate, args)
    if sentence.dates:
        predicate_scope = {t.i for t in predicate.subtree}
        args.dates.extend(date for start, _end, date in sentence.dates if start in predicate_scope)
    if not args.recipients and (entry.fact, entry.detail) in _FUNDING:
        args.recipients.extend(purpose_beneficiaries(sentence, trigger))
    if not args.agents:
        args.implicit = implicit_agents(sentence, trigger, resolve, deed=entry.fact in {"support", "agreement"})
    if not args.agents and not args.implicit and entry.fact == "negotiation":
        _lost_talk_subject(sentence, trigger, predicate, resolve, args)
    _drop_broker(entry, trigger, sides_between, args)
    return args


def _lost_talk_subject(sentence: Sentence, trigger: Token, predicate: Token, resolve: ResolveFn,
                       args: Arguments) -> None:
    """« Canberra et Wellington ont mené des discussions », the parser losing the subject of the light verb;
    « Il a eu des entretiens avec ... »: the one the pronoun stands for; « X a eu peu après des entretiens avec Y »
    (a noun of talks framing the verb, `framed_talks`) too."""
    framed = trigger.head == predicate and bool(framed_talks(trigger, predicate))
    if framed or (trigger.dep_ == "obj" and (light_verb(predicate, trigger) or predicate.lemma_.lower() in word_list(
            "talk-verbs.tsv"))):
        args.agents.extend(preverbal_subject(sentence, predicate))
        args.implicit = [] if args.agents else [e for c in kids(predicate) if is_pronoun_subject(c)
                                                for e in resolve(sentence, c)]


def _drop_broker(entry: Trigger, trigger: Token, sides_between: list[Mention], args: Arguments) -> None:
    """The one who brings about talks between others is no side of them (`_brokered`)."""
    if entry.fact == "negotiation" and _brokered(trigger, sides_between):
        args.agents[:], args.implicit = [m for m in args.agents if m in sides_between], []


def _brokered(trigger: Token, sides_between: list[Mention]) -> bool:
    """« X organise une rencontre entre A et B », « des pourparlers entre A et B organisés par X »: talks a broker
    verb's subject (or passive's agent) brings about between sides the talks' noun names with « entre » (on the
    noun, or on the verb right after it, where the parser may hang it); the subject is no side of them."""
    if trigger.dep_ not in {"obj", "nsubj:pass"} or trigger.head.lemma_.lower() not in word_list("broker-verbs.tsv"):
        return False
    return bool(sides_between) or any(c.dep_ == "case" and c.lower_ == "entre" for t in (
        *kids(trigger), *(k for k in kids(trigger.head) if k.i > trigger.i)) for c in kids(t))
