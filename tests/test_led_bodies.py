"""A name right after « gouvernement » or « administration » ending a title in its own words is the leader the
government is named by, not the title's holder (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told


def posts(text: str) -> dict[str, str | None]:
    """Holder -> the post's label as the article words it, else its IRI."""
    return {p.holder: p.words or p.iri for p in posts_told(text)}


@pytest.mark.parametrize(("text", "leader"), [
    ("Le représentant du gouvernement Trump a rencontré le ministre chilien.", "Donald Trump"),
    ("Un conseiller de l'administration Biden a rencontré le ministre chilien.", "Joe Biden"),
])
def test_the_leader_a_government_is_named_by_holds_no_post_of_its_servant(text: str, leader: str) -> None:
    assert leader not in posts(text)


@pytest.mark.parametrize(("text", "holder"), [
    ("Le chef du gouvernement Sánchez a rencontré le ministre chilien.", "Pedro Sanchez"),
    ("Le représentant du gouvernement, Luis Ortega, a rencontré le ministre chilien.", "Luis Ortega"),
])
def test_the_head_of_government_or_a_name_in_apposition_holds_the_title(text: str, holder: str) -> None:
    assert holder in posts(text)
