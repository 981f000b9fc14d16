"""A ministry whose title goes on with the nationals it serves abroad names their state (sentences written for
these tests)."""

from __future__ import annotations

from tests.conftest import posts_told


def posts(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Holder -> (post label or IRI, state label of the post or None)."""
    return {p.holder: (p.words or p.iri, p.org) for p in posts_told(text)}


def test_a_ministry_of_nationals_abroad_names_their_state() -> None:
    found = posts("Le ministre des Affaires étrangères et des Maliens de l'extérieur est arrivé à Dakar. Ousmane "
                  "Keïta a été reçu par le chef de l'État.")
    assert found.get("Ousmane Keïta", (None, None))[1] == "Mali"


def test_nationals_at_home_name_no_state_of_the_ministry() -> None:
    found = posts("Le ministre des Affaires étrangères et des Maliens de Bamako est arrivé à Dakar. Ousmane Keïta "
                  "a été reçu par le chef de l'État.")
    assert found.get("Ousmane Keïta", (None, None))[1] != "Mali"
