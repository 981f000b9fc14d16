"""Posts a plural title hands out across a story: « Les ministres de la Défense de A, de B et de C se sont réunis
... Le <démonyme de A> X a déclaré ... De son côté, Y a annoncé »: a person named later by the demonym of one of the
title's states (« le letton X ») holds the post for that state, and once every other state has its holder, the
one person still without a post who speaks as the subject of a clause holds it for the state left."""

from __future__ import annotations

from dataclasses import dataclass

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.people import Title
from kg.extract.syntax import SUBJECTS, Sentence
from kg.gazetteer import Role
from kg.records import Entity

_ARTICLES = {"le", "la", "l'"}


@dataclass(frozen=True)
class SharedPost:
    """A post a plural title gave several states and no names: the post and each state's mention."""

    role: Role
    states: tuple[Mention, ...]


def shared_post(titles: list[Title], held: set[int]) -> SharedPost | None:
    """The post of a plural title of several states that no name next to it holds (« les ministres de la Défense
    de A, de B et de C »)."""
    return next((SharedPost(t.role, t.orgs) for t in titles if len(t.orgs) >= 2 and t.start not in held and
                 t.role.complements and not t.inner and all(m.entity.cls == "State" for m in t.orgs)), None)


def by_demonym(sentence: Sentence, shared: SharedPost, taken: set[str]) -> list[tuple[Mention, Mention]]:
    """« le letton X »: people named right after an article and the demonym of one of the shared post's
    states, with that state's mention; not a name a title of the sentence already gives a post."""
    doc, found = sentence.doc, []
    for person in sentence.mentions:
        if person.how != gz.PERSON or person.entity.key in taken or person.start < sentence.span.start + 2:
            continue
        demonym = next((m for m in sentence.mentions if m.how == gz.DEMONYM and m.end == person.start), None)
        if demonym is None or doc[demonym.start - 1].lower_ not in _ARTICLES:
            continue
        state = next((m for m in shared.states if m.entity.key == (demonym.state or demonym.entity).key), None)
        if state is not None:
            found.append((person, state))
    return found


def left_over(sentence: Sentence, shared: SharedPost, served: set[str], untitled: set[str],
              taken: set[str]) -> tuple[Mention, Mention] | None:
    """The person still without a post, subject of their clause, when the shared post of every state but one
    has its holder: they hold it for the state left."""
    left = [m for m in shared.states if m.entity.key not in served]
    if len(left) != 1:
        return None
    people = [m for m in sentence.mentions if m.how == gz.PERSON and m.entity.key in untitled and
              m.entity.key not in taken and _subject(sentence, m)]
    return (people[0], left[0]) if len(people) == 1 else None


def _subject(sentence: Sentence, person: Mention) -> bool:
    return any(t.dep_ in SUBJECTS for t in sentence.doc[person.start:person.end])


def served_states(shared: SharedPost, given: dict[str, Role], person_state: dict[str, Entity]) -> set[str]:
    """The states whose shared post a person of the article already holds."""
    return {state.key for key, role in given.items() if role.iri == shared.role.iri and
            (state := person_state.get(key)) is not None}
