"""Posts of a visitor (sentences written for these tests): the title that is the « de » complement of a noun of
visiting with no place named (« lors d'une visite du président X ») is a guest's, not a post of the state the story
is about; a title after another noun, or a visit that names where it goes, keeps the usual reading."""

from __future__ import annotations

from tests.conftest import posts_told

STORY = ("La marine chilienne recevra quatre frégates. Le gouvernement chilien a choisi des chantiers espagnols. "
         "Le Chili paiera en dix ans. ")


def states(text: str) -> dict[str, str | None]:
    """Holder -> state label of the post (or None)."""
    return {p.holder: p.org for p in posts_told(STORY + text)}


def test_a_president_on_a_visit_with_no_place_is_not_the_host_s() -> None:
    found = states("Le premier contrat a été signé en mai, pendant une visite du président Tomas Berrondo.")
    assert found.get("Tomas Berrondo") != "Chili"


def test_a_president_after_another_noun_is_the_story_s() -> None:
    found = states("Le premier contrat a été signé en mai, pendant une réunion du président Tomas Berrondo.")
    assert found.get("Tomas Berrondo") == "Chili"
