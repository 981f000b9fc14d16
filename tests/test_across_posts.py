"""Posts across from the other sides a sentence names (sentences written for these tests): a holder whose title
names no state, set apart by a verb from the posts of named states (received by, meeting), serves the one other
state the article names, however rarely; not when the article names two or more other states, nor when the holder
is listed with the other side's post (one side)."""

from __future__ import annotations

from tests.conftest import posts_told

ROLE = "https://w3id.org/kg-news/id/role-"


def posts(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Holder -> (post IRI, state label of the post or None)."""
    return {p.holder: (p.iri, p.org) for p in posts_told(text)}


def test_a_guest_received_by_the_host_serves_the_other_state_named_once() -> None:
    text = ("Le ministre de la Défense, Paulo Mendes, a été reçu lundi par le président de la Roumanie, Andrei "
            "Popescu. Les entretiens ont porté sur la coopération entre le Portugal et la Roumanie. La Roumanie "
            "souhaite acheter des patrouilleurs.")
    assert posts(text).get("Paulo Mendes") == (ROLE + "minister-of-defence", "Portugal")


def test_a_holder_meeting_two_named_sides_serves_the_third_state_of_the_article() -> None:
    text = ("Le Premier ministre, Tran Van Binh, a rencontré mercredi le président philippin, Ramon Cruz, et le "
            "Premier ministre thaïlandais, Somchai Wong. Les Philippines et la Thaïlande ont salué le rôle du "
            "Vietnam. Le Vietnam accueillera le prochain sommet.")
    assert posts(text).get("Tran Van Binh") == (ROLE + "prime-minister", "Vietnam")


def test_no_state_when_the_article_names_two_other_states() -> None:
    text = ("Le ministre de la Défense, Paulo Mendes, a été reçu lundi par le président de la Roumanie, Andrei "
            "Popescu. La Roumanie souhaite renforcer ses liens avec le Portugal et l'Espagne. La Roumanie achète "
            "des patrouilleurs.")
    assert posts(text).get("Paulo Mendes") == (ROLE + "minister-of-defence", None)


def test_a_holder_listed_with_a_named_side_is_not_across_from_it() -> None:
    text = ("Le président de la Roumanie, Andrei Popescu, et le ministre de la Défense, Mihai Ionescu, ont salué "
            "les progrès. La Roumanie achète des patrouilleurs. Le Portugal les construit.")
    assert posts(text).get("Mihai Ionescu") == (ROLE + "minister-of-defence", "Roumanie")


def test_a_holder_beside_a_named_side_without_a_meeting_verb_gets_no_other_state() -> None:
    for text in ("Le ministre roumain des Finances, Dan Vasile, et le ministre de la Défense, Mihai Ionescu, ont "
                 "présenté le budget. La Roumanie achète des patrouilleurs. Le Portugal les construit.",
                 "Aux côtés du ministre roumain des Finances, Dan Vasile, le ministre de la Défense, Mihai Ionescu, a "
                 "présenté le budget. La Roumanie achète des patrouilleurs. Le Portugal les construit."):
        assert posts(text).get("Mihai Ionescu") == (ROLE + "minister-of-defence", None)
