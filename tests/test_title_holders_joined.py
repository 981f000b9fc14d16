"""Who holds a title (sentences written for these tests): a name coordinated with a title by « et » is a second
party, not the title's holder (« le roi de Pays et X examinent »); the agent of a participle after a title
(« le ministre de Pays reçu par le président X ») is no holder of that title either."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told


def posts(text: str) -> set[tuple[str, str, str | None]]:
    """(holder, post iri, state label or None) of every post the text gives."""
    return {(p.holder, str(p.iri), p.org) for p in posts_told(text)}


def held_by(text: str, holder: str) -> set[str]:
    return {post.rsplit("/", 1)[-1] for who, post, _ in posts(text) if who == holder}


@pytest.mark.parametrize(("text", "holder"), [
    ("Le roi de Jordanie et Pedro Almeida examinent la coopération bilatérale.", "Pedro Almeida"),
    ("La présidente de la Commission européenne et Karl Berger ont signé une déclaration.", "Karl Berger"),
    ("Le ministre norvégien de la Défense et Dario Conti ont visité le chantier naval.", "Dario Conti"),
])
def test_a_name_after_and_is_no_holder_of_the_title_before(text: str, holder: str) -> None:
    assert held_by(text, holder) == set()


@pytest.mark.parametrize(("text", "holder", "post"), [
    ("Gabon : le ministre portugais de la Défense reçu par le président Ali Ndong", "Ali Ndong",
     "role-minister-of-defence"),
    ("L'ambassadeur de Suède accueilli par le Premier ministre Kofi Mensah à Accra", "Kofi Mensah", "role-ambassador"),
])
def test_the_agent_after_a_participle_holds_only_their_own_title(text: str, holder: str, post: str) -> None:
    assert post not in held_by(text, holder)


@pytest.mark.parametrize(("text", "holder", "post"), [
    ("Le président et Premier ministre Ahmed Salah a reçu une délégation.", "Ahmed Salah", "role-prime-minister"),
    ("Le ministre de la Défense et des Anciens combattants Omar Diallo a inauguré la base.", "Omar Diallo",
     "role-minister-of-defence"),
    ("Le Premier ministre Kofi Mensah a été reçu par le président ghanéen.", "Kofi Mensah", "role-prime-minister"),
])
def test_titles_joined_or_followed_by_their_holder_still_hold(text: str, holder: str, post: str) -> None:
    assert post in held_by(text, holder)
