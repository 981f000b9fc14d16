"""The states whose seat a post of one holder at a time is already taken: « le ministre américain de la Défense, X »
told, « le ministre de la Défense Y » is not the American one. A post the sentence names no state for is then no
guess of that state (kg.extract.post_orgs: the story's side, the state the article is about)."""

from __future__ import annotations

from collections.abc import Iterable

from kg import gazetteer as gz
from kg.extract.lexicon import word_list


def sole_office(role: str) -> str | None:
    """The seat a post is, when a state gives it one person at a time (sole-offices.tsv: heads of state one seat)."""
    name = role.rpartition("/")[2].removeprefix("role-")
    return gz.office(role) if name in word_list("sole-offices.tsv") else None


def taken_seats(held: Iterable[tuple[str, str]], role: str) -> set[str]:
    """The states (keys) in which the article gave `role`'s seat to someone before (`held`: (office, state))."""
    office = sole_office(role)
    return {state for seat, state in held if seat == office} if office is not None else set()
