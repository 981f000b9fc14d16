"""Trips abroad: an official of one state who goes to another state, or one of its cities, for talks (said by the
trip's purpose) visits it."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.lexicon import envoy_nouns, role_cases, triggers, word_list
from kg.extract.syntax import Sentence, case_of, mention_root
from kg.extract.visits import visitor
from kg.records import Entity

_OTHER_ENDS = {"assister", "participer", "échapper", "fuir", "soigner", "exiler", "réfugier", "inaugurer"}
# what a trip abroad is for when it is talks (« pour renforcer les liens », « dans le but de discuter »)
_TALKS_ENDS = {"renforcer", "consolider", "approfondir", "discuter", "rencontrer", "signer", "entretenir", "négocier",
               "examiner", "évoquer", "parler", "échanger", "coopérer", "relancer", "développer", "conclure",
               "finaliser", "préparer", "sceller"}


def trip_abroad(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> tuple[Entity, Entity] | None:
    """« Le président du Belarus, X, s'est rendu au Zimbabwe pour renforcer les liens », « le ministre turc s'est
    déplacé à Tripoli afin de discuter »: an official (a person, or a title) of one state who goes to another state
    or one of its cities for talks visits it, as (visitor, host); not a bare trip, a trip at home or to a front, nor
    one made for an event, a match, care or exile."""
    gone = [m for m in sentence.mentions if m.how in {gz.NAME, gz.CITY, gz.CAPITAL} and _sent_to(
        root := mention_root(sentence, m), trigger) and case_of(root) in role_cases("host")]
    hosts = [h for m in gone if (h := m.entity if m.how == gz.NAME else ctx.host_state(m.entity)) is not None
             and h.cls == "State"]
    held = _held_there(trigger)  # « où ont eu lieu des entretiens »: talks the trip is for
    # a body of an organisation that meets where it goes (« le Comité de X ... où a eu lieu une réunion ») is X's
    travellers = [ctx.actor(m) for m in args.agents if visitor(ctx, sentence, m) or (
        held and m.how == gz.ORGANISATION)]
    invited = _invited(trigger) or bool(held)  # an organisation invited by a host, or met there, visits it too
    visitors = [v for v in states(ctx, travellers) if v.cls == "State" or (invited and v.cls != "Person")]
    told, other_ends = _meeting_words()
    # a word of talks in the traveller's title (« président du Comité militaire ») tells no other talks
    titles = {t.i for c in trigger.children if c.dep_ in {"nsubj", "nsubj:pass"} for t in c.subtree}
    if any(t.lemma_.lower() in told for t in sentence.tokens if t != trigger and not _aim_of(t, trigger)
           and t.i not in titles | held) or \
            len(hosts) != 1 or \
            len(visitors) != 1 or visitors[0].key == hosts[0].key or any(
            t.lemma_.lower() in other_ends for t in trigger.subtree) or not (
            invited or _talks_purpose(trigger) or _sends_envoys(trigger) or _delegation_goes(trigger)):
        return None
    return visitors[0], hosts[0]


def _invited(trigger: Token) -> bool:
    """« s'est rendu au Pérou à l'invitation de son homologue », « sur invitation du chef d'état-major »: a trip
    made at a host's invitation is a visit with talks."""
    return any(c.lemma_.lower() == "invitation" and case_of(c) in {"à", "sur"} for c in trigger.children)


def _held_there(trigger: Token) -> set[int]:
    """« s'est rendu au Pérou, où ont eu lieu des entretiens », « où s'est tenue une réunion »: the meetings a
    clause of place on the trip says were held where it went (their words are the trip's talks, not others)."""
    held: set[int] = set()
    for clause in trigger.subtree:
        if clause.pos_ != "VERB" or clause.i <= trigger.i or not any(c.lower_ == "où" for c in clause.children) or \
                trigger not in {clause.head, clause.head.head} or "Tense=Fut" in str(clause.morph) or not (
                clause.lemma_.lower() in {"tenir", "dérouler"} or (clause.lemma_.lower() == "avoir" and any(
                    c.lemma_.lower() == "lieu" for c in clause.children))):
            continue
        nouns = [c for c in clause.children if c.dep_ in {"obj", "nsubj", "nsubj:pass"} and c.pos_ == "NOUN"]
        nouns += [c for n in nouns for c in n.children if c.dep_ == "conj"]
        meetings = {n.i for n in nouns if n.lemma_.lower() in _meeting_words()[0]}
        held |= meetings | ({clause.i} if meetings else set())
    return held


def _sends_envoys(trigger: Token) -> bool:
    """« enverra une délégation à Lima », « a dépêché un émissaire à Lima »: envoys a state sends abroad go there to
    talk for it."""
    return any(c.dep_ == "obj" and c.lemma_.lower() in envoy_nouns() for c in trigger.children)


def _delegation_goes(trigger: Token) -> bool:
    """« une délégation du ministère de X a séjourné à Y du 3 au 6 mai »: a delegation's stay abroad is a working
    visit with talks (a bare trip there, « s'est rendue à Y », and a person's stay are not)."""
    return trigger.lemma_.lower() == "séjourner" and any(
        c.dep_ in {"nsubj", "nsubj:pass"} and c.lemma_.lower() in {"délégation", "émissaire"} for c in trigger.children)


def _sent_to(place: Token, trigger: Token) -> bool:
    """Where the trip goes: the place the verb governs, or the one of the envoys it sends (« a dépêché une
    délégation à Lima »)."""
    return place.head == trigger or (place.head.head == trigger and place.head.dep_ == "obj"
                                     and place.head.lemma_.lower() in envoy_nouns())


@cache
def _meeting_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of talks a sentence tells besides a trip (« s'est rendu à Lima, où il a rencontré son homologue »:
    those talks are the story), and the ends of a trip other than talks (an event, a match, care, exile); read
    once."""
    told = frozenset(lemma for (lemma, _), entries in triggers().items() if any(
        e.fact == "negotiation" and e.detail not in {"trip", "statement", "visit", "stay"} for e in entries))
    events = word_list("event-nouns.tsv") - {"visite", "déplacement", "tournée"}
    return told, frozenset(events | _OTHER_ENDS)


def _aim_of(word: Token, trigger: Token) -> bool:
    """« a dépêché une délégation à Lima pour négocier », « pour des discussions »: talks the trip is made for
    are the trip's own, not other talks the sentence tells; those of a trip to come are not held yet
    (kg.extract.visits.journey_to_come)."""
    if "Tense=Fut" in str(trigger.morph):
        return False
    return (word.head == trigger and any(c.dep_ in {"mark", "case"} and c.lower_ in {"pour", "afin"}
                                         for c in word.children)) or (word.head.head == trigger and _after_afin(word))


def _talks_purpose(trigger: Token) -> bool:
    """« s'est rendu au Zimbabwe dans le but de renforcer les liens », « pour discuter »: a trip told as made for
    talks. A bare trip (« s'était rendu en Russie », « s'est rendu à Kiev, où il a signé ») or one for another end
    (« pour remettre une médaille aux soldats ») is no talks of its own; « pour des discussions » is, and so is
    « afin de discuter »."""
    return any(t.pos_ == "VERB" and t.i != trigger.i and t.lemma_.lower() in _TALKS_ENDS and (any(
        m.dep_ == "mark" and (m.lower_ in {"pour", "afin"} or (m.lower_ in {"de", "d'"} and t.head.lemma_ == "but"))
        for m in t.children) or _after_afin(t)) for t in trigger.subtree) or any(
        t.lemma_.lower() == "but" and _aim_across_aside(t) for t in trigger.subtree) or any(
        t.pos_ == "NOUN" and t.lemma_.lower() in _meeting_words()[0] and _aim_of(t, trigger) for t in trigger.children)


def _after_afin(verb: Token) -> bool:
    """« s'est rendu à Lima afin de discuter »: the parser often hangs the infinitive on « afin » (an adverb) with
    « de » as its case, not as a mark of the verb."""
    return verb.head.lower_ == "afin" and any(m.dep_ in {"case", "mark"} and m.lower_ in {"de", "d'"}
                                               for m in verb.children)


def _aim_across_aside(aim: Token) -> bool:
    """« dans le but, selon le ministère, de renforcer les liens »: an aim whose clause comes after an aside set
    off by commas (the parser hangs the clause on the aside, or elsewhere)."""
    doc = aim.doc
    if aim.i + 1 >= len(doc) or doc[aim.i + 1].text != ",":
        return False
    closing = next((j for j in range(aim.i + 2, min(aim.i + 14, len(doc) - 1)) if doc[j].text == ","), None)
    mark = doc[closing + 1] if closing is not None else None
    return mark is not None and mark.lower_ in {"de", "d'"} and mark.dep_ == "mark" and \
        mark.head.lemma_.lower() in _TALKS_ENDS
