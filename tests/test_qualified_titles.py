"""A title with an evaluative word between its article and itself (« le controversé prince héritier X », which the
parser reads as a noun and its adjective), and a bare title listed after a counterpart of a named state with the
case repeated (« à son homologue A-ien, X, et au Premier ministre, Y »). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told


def posts(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Holder -> (post IRI tail, state label of the post or None)."""
    return {p.holder: (p.tail, p.org) for p in posts_told(text)}


@pytest.mark.parametrize("text, holder, post", [
    ("Le président américain s'est rendu à Riyad, où il a rencontré le controversé prince héritier Karim ben Nasser.",
     "Karim ben Nasser", "crown-prince"),
    ("Le ministre italien a salué le redouté général Marco Bellini lors de sa visite.", "Marco Bellini", "general"),
    ("Le chef de l'État a reçu l'influent ministre saoudien de la Défense Karim ben Nasser à Paris.",
     "Karim ben Nasser", "minister-of-defence"),
    ("Le très contesté président turc Kemal Aydin a reçu son homologue grec.", "Kemal Aydin", "president"),
])
def test_a_word_between_the_article_and_the_title_does_not_hide_the_post(text: str, holder: str,
                                                                           post: str) -> None:
    found = posts(text)
    assert holder in found, found
    assert found[holder][0] == post


@pytest.mark.parametrize("text", [
    "Le ministre tunisien de la Défense est arrivé au quartier général de l'armée, à Tunis.",
    "Les officiers se sont réunis au quartier général Tunis-Nord avant l'exercice.",
])
def test_a_common_noun_before_a_title_word_still_makes_no_title(text: str) -> None:
    assert all(tail != "general" for tail, _ in posts(text).values())


@pytest.mark.parametrize("text", [
    "Le président égyptien a demandé de transmettre ses salutations à son homologue libyen, Omar Farhat et au "
    "premier ministre, Salem Dabaiba.",
    "Au Caire, le président égyptien a transmis ses salutations à son homologue libyen, Omar Farhat, et au Premier "
    "ministre, Salem Dabaiba.",
])
def test_a_bare_title_listed_after_a_counterpart_with_its_case_repeated_serves_the_counterparts_state(
        text: str) -> None:
    found = posts(text)
    assert found.get("Omar Farhat", (None, None))[1] == "Libye"
    assert found.get("Salem Dabaiba", (None, None))[1] == "Libye", found


def test_a_title_after_a_case_without_et_is_no_listed_title() -> None:
    # « du ministre A-ien X au Premier ministre Y »: from one to the other, no list: the demonym's state is not shared
    found = posts("Le président égyptien a remis une lettre de son homologue libyen, Omar Farhat, au Premier "
                  "ministre, Salem Dabaiba.")
    assert found.get("Omar Farhat", (None, None))[1] == "Libye"
    assert found.get("Salem Dabaiba", (None, None))[1] != "Libye", found
