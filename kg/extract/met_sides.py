"""Who is on which side of a sentence: the hosts a verb of meeting lists together (met_together), and a
demonstrative standing for a delegation named before (standing_for)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.lexicon import word_list
from kg.extract.syntax import SUBJECTS, Sentence, mention_root
from kg.records import Entity

_STANDING_FOR = {"celle", "celui", "celles", "ceux"}
_LEADING = {"conduire", "diriger", "mener", "présider"}


def standing_for(verb: Token) -> Token | None:
    """« La délégation d'Oman sera dirigée par A. Celle du Qatar sera conduite par B »: the subject of a verb of
    leading that stands for a side named before (« celle », « celui »), whose complement names its state."""
    if verb.lemma_.lower() not in _LEADING:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return subject if subject is not None and subject.lower_ in _STANDING_FOR else None


def _nominal_chain(token: Token) -> list[Token]:
    """The token and the nouns and names above it, up to its clause's verb."""
    chain = [token]
    while token.head.i != token.i and token.head.pos_ in {"NOUN", "PROPN"}:
        token = token.head
        chain.append(token)
    return chain


def met_together(sentence: Sentence, person: Entity, other: Token) -> bool:
    """« X a rencontré le président azéri A, son homologue B et le ministre des Affaires étrangères C »: the people
    a verb of meeting lists as its object are one side, the hosts; the state of one of them (of their post at
    `other`, or the one the data knows for them) is not another side for the others."""
    own = next((m for m in sentence.mentions if m.entity.key == person.key), None)
    if own is None:
        return False
    listed = _nominal_chain(mention_root(sentence, own))
    top = verb = listed[-1]
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head  # the parser may hang the list on a complement of the verb (« lors de la visite »)
    return bool({t.i for t in listed} & {t.i for t in _nominal_chain(other)}) and top.dep_ not in SUBJECTS and \
        verb.lemma_.lower() in word_list("meeting-verbs.tsv")


def people_sides(sentence: Sentence, person: Entity, usual: Callable[[Entity], Entity | None]) -> set[str]:
    """The states of the other people the sentence names (the one the data knows for them, `usual`), unless listed
    with the holder by a verb of meeting."""
    return {state.key for m in sentence.mentions if m.entity.cls == "Person" and m.entity.key != person.key
            and (state := usual(m.entity))
            and not met_together(sentence, person, mention_root(sentence, m))}


def unmet_sides(sentence: Sentence, person: Entity, sides_named: frozenset[tuple[str, str]]) -> set[str]:
    """The states complements name for other holders (`sides_named`), but those listed with `person` by a verb of
    meeting."""
    return {state for holder, state in sides_named if holder != person.key and not any(
        m.entity.key == holder and met_together(sentence, person, mention_root(sentence, m))
        for m in sentence.mentions)}
