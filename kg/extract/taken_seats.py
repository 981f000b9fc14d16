"""The states whose seat a post of one holder at a time is already taken: « le ministre américain de la Défense, X »
told, « le ministre de la Défense Y » is not the American one. A post the sentence names no state for is then no
guess of that state (kg.extract.post_orgs: the story's side, the state the article is about)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.former_sides import former_title
from kg.extract.lexicon import word_list
from kg.extract.people import Title
from kg.extract.syntax import Sentence


class PostsRead(Protocol):
    """What a sentence reader knows of the posts told so far (kg.extract.post_orgs)."""

    held_offices: set[tuple[str, str]]
    titles_here: list[Title]


def sole_office(role: str) -> str | None:
    """The seat a post is, when a state gives it one person at a time (sole-offices.tsv: heads of state one seat)."""
    name = role.rpartition("/")[2].removeprefix("role-")
    return gz.office(role) if name in word_list("sole-offices.tsv") else None


def taken_seats(held: Iterable[tuple[str, str]], role: str) -> set[str]:
    """The states (keys) in which the article gave `role`'s seat to someone before (`held`: (office, state))."""
    office = sole_office(role)
    return {state for seat, state in held if seat == office} if office is not None else set()


def seats_held(reader: PostsRead, sentence: Sentence, title: Title) -> set[str]:
    """« Le ministre des Affaires étrangères, A, et le ministre de la Défense B étaient présents »: titles joined by
    « et », none naming a state, are one side's; a seat a later one of them has taken in a state before rules that
    state out for the earlier (the reader's `held_offices`, its `titles_here`: the sentence's; an earlier title's
    seat is the one this sentence gave it). A post held before (« l'ancien Premier ministre ») rules none out."""
    held, titles = list(reader.held_offices), reader.titles_here
    if former_title(sentence.doc[title.start]):
        return set()  # « l'ancien Premier ministre X »: held before whoever holds the seat today
    found = taken_seats(held, title.role.iri)
    if title.org is not None or title.orgs:
        return found
    head = sentence.doc[title.start]
    for other in titles:
        if other.start > title.start and other.org is None and not other.orgs and \
                _joined(head, sentence.doc[other.start]):
            found |= taken_seats(held, other.role.iri)
    return found


def _joined(one: Token, other: Token) -> bool:
    """Two title heads joined by « et »: one the conjunct of the other, or of the name in apposition to it
    (« le ministre A, X, et le ministre B Y »)."""
    return any(second.dep_ == "conj" and second.head.i in {first.i, *(c.i for c in first.children
                                                                      if c.dep_ == "appos")}
               for first, second in ((one, other), (other, one)))
