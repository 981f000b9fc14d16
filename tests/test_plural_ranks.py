"""Plural titles whose « -al » word takes « -aux » (sentences written for these tests): « les généraux X et Y »,
« les amiraux X et Y » give each name the rank, with the state of a demonym each one is told by; a multi-word
title agrees in every word (« les secrétaires généraux »); the same words that head no name give no post."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told


def labels(text: str) -> dict[str, set[tuple[str | None, str | None]]]:
    """Holder -> (post IRI tail, state) of every post fact."""
    out: dict[str, set[tuple[str | None, str | None]]] = {}
    for p in posts_told(text):
        out.setdefault(p.holder, set()).add((p.tail, p.org))
    return out


@pytest.mark.parametrize(("text", "want"), [
    ("Les généraux Paul Vermeulen, Marc Janssens et Jean Peeters ont inspecté la base d'Ostende.",
     {"Paul Vermeulen": "general", "Marc Janssens": "general", "Jean Peeters": "general"}),
    ("La cérémonie s'est tenue en présence des amiraux Henrik Larsen et Ole Mikkelsen.",
     {"Henrik Larsen": "admiral", "Ole Mikkelsen": "admiral"}),
    ("Les secrétaires généraux Amina Diallo et Kofi Mensah ont signé la déclaration.",
     {"Amina Diallo": "secretary-general", "Kofi Mensah": "secretary-general"}),
])
def test_plural_rank_gives_each_name_the_rank(text: str, want: dict[str, str]) -> None:
    found = labels(text)
    for holder, label in want.items():
        assert label in {post for post, _ in found.get(holder, set())}, (holder, found)


def test_plural_rank_with_demonyms_gives_each_state() -> None:
    found = labels("Les généraux chilien Pablo Rojas et argentin Martin Ruiz ont signé le protocole.")
    assert ("general", "Chili") in found.get("Pablo Rojas", set()), found
    assert ("general", "Argentine") in found.get("Martin Ruiz", set()), found


@pytest.mark.parametrize("text", [
    "Les conseils généraux ont voté le budget présenté par Paul Vermeulen.",
    "Les généraux ont approuvé le plan, selon Marc Janssens.",
    "Les travaux généraux du port ont été confiés à Jean Peeters.",
])
def test_plural_words_heading_no_name_give_no_rank(text: str) -> None:
    found = labels(text)
    assert not any(post in {"general", "admiral"} for posts in found.values() for post, _ in posts), found
