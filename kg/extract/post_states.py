"""The state of a post whose title names none (« le ministre de la Défense X »): news leaves out the demonym of
the side the story is told from, so such a post serves the state the article is clearly about. The evidence goes
from near to far: the states the sentence leaves to others (a visit's host, the other side of a pair of posts),
then the one state the article names clearly more than any other, then the only such state the sentence itself
names as an actor (« selon X, conseiller du gouvernement, Dacca négocie avec Pékin »); an article about two
states named about as often gets no guess."""

from __future__ import annotations

from dataclasses import dataclass

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence
from kg.records import Entity

_NAMING = {gz.NAME, gz.CAPITAL, gz.DEMONYM}
_CLEARLY_MORE = 4 / 3  # the article names its state a third more often than the next one
_PARTNER_CASES = {"avec", "envers", "contre", "vers", "auprès", "face"}  # « négocie avec la Chine »: the other side


@dataclass(frozen=True)
class AboutState:
    """A state the article is about and how often it names it (by name, capital or demonym)."""

    state: Entity
    count: int


def article_states(paragraphs: list[list[Mention]]) -> list[AboutState]:
    """The states the article is about, most named first (by name, capital or demonym; the first named among
    equals): every state it names twice or more."""
    counts: dict[str, int] = {}
    states: dict[str, Entity] = {}
    for mention in (m for mentions in paragraphs for m in mentions):
        if mention.state is not None and mention.how in _NAMING:
            counts[mention.state.key] = counts.get(mention.state.key, 0) + 1
            states.setdefault(mention.state.key, mention.state)
    ranked = sorted(counts, key=lambda key: -counts[key])  # a stable sort keeps the first of equals first
    return [AboutState(states[key], counts[key]) for key in ranked if counts[key] >= 2]


def default_state(sentence: Sentence, about: list[AboutState], taken: set[str]) -> Entity | None:
    """The state of a post the sentence names none for, among the states the article is about and the sentence
    does not give to others (`taken`): the one clearly most named, else the only one the sentence names as an
    actor, else none."""
    left = [a for a in about if a.state.key not in taken]
    if not left:
        return None
    if len(left) == 1 or left[0].count >= _CLEARLY_MORE * left[1].count:
        return left[0].state
    here = {m.state.key for m in sentence.mentions if m.state is not None and
            m.how in _NAMING | {gz.BODY} and not _partner(sentence, m)}
    named = [a.state for a in left if a.state.key in here]
    return named[0] if len(named) == 1 else None


def _partner(sentence: Sentence, mention: Mention) -> bool:
    """A state named as the other side of an exchange (« avec la Chine », « envers la Géorgie »)."""
    head = sentence.doc[mention.start]
    while head.dep_ in {"amod", "flat:name", "fixed"} and head.head.i != head.i:
        head = head.head
    return any(c.dep_ == "case" and c.lower_ in _PARTNER_CASES for c in head.children)
