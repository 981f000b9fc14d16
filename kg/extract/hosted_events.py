"""Meetings a state or a city hosts (« le Kenya a accueilli le sommet régional, réunissant A et B »): the host
named as the subject of a verb of hosting whose object is the meeting is where its talks are held."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.doc_words import morph_values
from kg.extract.lexicon import role_cases, triggers
from kg.extract.syntax import Sentence, case_of, mention_root
from kg.extract.talk_nouns import meeting_nouns
from kg.records import Entity


@cache
def _hosting_verbs() -> frozenset[str]:
    """Verbs whose subject hosts talks (« accueillir », « héberger »), as the triggers table gives them."""
    return frozenset(lemma for (lemma, pos), entries in triggers().items()
                     if pos == "VERB" and any(e.fact == "negotiation" and e.detail == "host" for e in entries))


def hosted_at(sentence: Sentence, trigger: Token) -> list[Entity]:
    """« le Kenya a accueilli le sommet des chefs d'état-major », « ... le sommet, réunissant A et B »: the state or
    city named as the subject of a verb of hosting whose object is the meeting the trigger is, qualifies or follows;
    none when the meeting is hosted by anyone else or by no one."""
    found = _hosting_verb(trigger)
    if found is None:
        return []
    verb, meeting = found
    # « a accueilli le sommet à Mombasa »: the city the hosting names is the venue, before the host
    cities = [m.entity for m in sentence.mentions if m.how in {gz.CITY, gz.CAPITAL} and (
        root := mention_root(sentence, m)).head in {verb, meeting} and case_of(root) in role_cases("place")]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return cities[:1] or [m.entity for m in sentence.mentions if m.how in {gz.NAME, gz.CITY, gz.CAPITAL}
                          and mention_root(sentence, m) in subjects][:1]


def _hosting_verb(trigger: Token) -> tuple[Token, Token] | None:
    """The verb of hosting whose object is the trigger (a noun of meeting), the noun it qualifies, or the one it
    follows as a participle set off by a comma (« a accueilli le sommet, réunissant ... »), with that noun."""
    nouns = meeting_nouns()
    meeting: Token | None = None
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in nouns:
        meeting = trigger
    elif trigger.pos_ == "VERB" and trigger.dep_ == "acl" and trigger.head.lemma_.lower() in nouns:
        meeting = trigger.head
    elif trigger.pos_ == "VERB" and trigger.dep_ == "advcl" and "Part" in morph_values(trigger, "VerbForm"):
        meeting = next((c for c in trigger.head.children if c.dep_ == "obj" and c.lemma_.lower() in nouns), None)
    if meeting is None or meeting.dep_ != "obj" or meeting.head.lemma_.lower() not in _hosting_verbs():
        return None
    return meeting.head, meeting
