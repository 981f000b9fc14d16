"""A title told alone as the subject of its sentence held by the name that opens the next sentence as its subject,
past a civility (sentences written for these tests)."""

from __future__ import annotations

from tests.conftest import posts_told


def posts(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Holder -> (post label or IRI, state label of the post or None)."""
    return {p.holder: (p.words or p.iri, p.org) for p in posts_told(text)}


def test_a_name_past_a_civility_opening_the_next_sentence_holds_the_title() -> None:
    found = posts("Le ministre uruguayen de l'Intérieur est arrivé mardi à Quito. M. Tomás Larrañaga a été reçu "
                  "par les autorités.")
    assert found.get("Tomás Larrañaga", (None, None))[1] == "Uruguay"


def test_a_verb_with_a_second_title_gives_the_next_name_nothing() -> None:
    found = posts("Le ministre uruguayen de la Défense a été accueilli par le roi du Maroc. M. Tomás Larrañaga a "
                  "entamé lundi une tournée dans la région.")
    assert "Tomás Larrañaga" not in found


def test_a_name_not_opening_the_next_sentence_takes_no_title() -> None:
    found = posts("Le ministre uruguayen de l'Intérieur est arrivé mardi à Quito. Les autorités ont reçu "
                  "M. Tomás Larrañaga au palais.")
    assert "Tomás Larrañaga" not in found
