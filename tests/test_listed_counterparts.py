"""Plural titles whose states and holders are listed in the same order (sentences written for these tests):
counterparts of states named by their complements (« ses homologues de A, de B et de C »), names after an opener
(« à savoir », « respectivement »), and a subject's plural title whose names run into the verb."""

from __future__ import annotations

from tests.conftest import posts_told

ROLE = "https://w3id.org/kg-news/id/role-"


def posts(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Holder -> (post IRI, state label of the post or None)."""
    return {p.holder: (p.iri, p.org) for p in posts_told(text)}


def test_counterparts_of_listed_states_hold_their_own_states_posts_in_order() -> None:
    found = posts("La ministre canadienne de la Défense Anita Moreau a reçu ses homologues de la Norvège, de la "
                  "Finlande et du Danemark, respectivement Lars Berg, Mikko Virtanen et Jens Holm.")
    assert found.get("Lars Berg") == (ROLE + "minister-of-defence", "Norvège")
    assert found.get("Mikko Virtanen") == (ROLE + "minister-of-defence", "Finlande")
    assert found.get("Jens Holm") == (ROLE + "minister-of-defence", "Danemark")


def test_names_after_an_opener_and_its_comma_hold_the_plural_title() -> None:
    found = posts("La ministre canadienne de la Défense Anita Moreau a reçu ses homologues norvégien et finlandais, "
                  "à savoir respectivement, Lars Berg et Mikko Virtanen.")
    assert found.get("Lars Berg") == (ROLE + "minister-of-defence", "Norvège")
    assert found.get("Mikko Virtanen") == (ROLE + "minister-of-defence", "Finlande")


def test_a_subjects_plural_title_gives_each_listed_name_its_state() -> None:
    found = posts("Les présidents de l'Uruguay, du Paraguay et de l'Argentine, Luis Ortega, Mario Benitez et Jorge "
                  "Sosa participeront au sommet.")
    assert found.get("Luis Ortega") == (ROLE + "president", "Uruguay")
    assert found.get("Mario Benitez") == (ROLE + "president", "Paraguay")
    assert found.get("Jorge Sosa") == (ROLE + "president", "Argentine")


def test_names_after_a_plural_title_in_an_adjunct_start_the_clause() -> None:
    for text in ("Devant les présidents de l'Uruguay et du Paraguay, Luis Ortega et Mario Benitez ont signé.",
                 "Après avoir reçu les présidents de l'Uruguay et du Paraguay, Luis Ortega et Mario Benitez ont "
                 "signé."):
        found = posts(text)
        assert found.get("Luis Ortega") is None and found.get("Mario Benitez") is None
