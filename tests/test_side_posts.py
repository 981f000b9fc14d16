"""Posts told against the titles around them (sentences written for these tests): a colleague holds a post of the
same kind in the same state, in the portfolio their complement names; the titles after a side marker (« côté
chilien, ») serve its state; a lawmaker named without a state sits in the parliament the sentence names; both of
a pair named together hold the plural title the next sentence gives them."""

from __future__ import annotations

from kg.pipeline import analyse_text
from tests.conftest import posts_told

ROLE = "https://w3id.org/kg-news/id/role-"


def posts(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Holder -> (post IRI, state label of the post or None)."""
    return {p.holder: (p.iri, p.org) for p in posts_told(text)}


def test_a_colleague_holds_the_portfolio_of_their_complement_in_the_same_state() -> None:
    found = posts("Le ministre chilien des Finances Pedro Soto et son collègue de l'Intérieur Juan Rojas ont reçu "
                  "des industriels.")
    assert found.get("Juan Rojas") == (ROLE + "minister-of-the-interior", "Chili")


def test_titles_after_a_side_marker_serve_its_state() -> None:
    found = posts("Deux délégations étaient présentes : côté chilien, le ministre des Finances Pedro Soto et le "
                  "chef d'état-major, Juan Rojas ; côté péruvien, le ministre de la Défense, Jorge Mamani.")
    assert found.get("Pedro Soto") == (ROLE + "minister-of-finance", "Chili")
    assert found.get("Jorge Mamani") == (ROLE + "minister-of-defence", "Pérou")


def test_a_side_noun_with_an_article_is_no_marker() -> None:
    found = posts("Le Chili et le Pérou discutent. La partie péruvienne, le ministre de la Défense Jorge Mamani en "
                  "tête, a reçu le ministre chilien de la Défense Pedro Soto.")
    assert found.get("Pedro Soto") == (ROLE + "minister-of-defence", "Chili")


def test_a_lawmaker_sits_in_the_parliament_the_sentence_names() -> None:
    found = posts("Le Pérou et le Chili signent un accord. Devant le parlement chilien, la députée Ana Rojas s'y est "
                  "opposée.")
    assert found.get("Ana Rojas") == (ROLE + "member-of-parliament", "Chili")


def test_a_senator_sits_in_the_chamber_of_the_state_after_it() -> None:
    found = posts("Le sénateur Pedro Soto a pris la parole devant le Sénat du Chili, qui débat d'un achat de chars.")
    assert found.get("Pedro Soto") == (ROLE + "senator", "Chili")


def test_both_of_a_pair_hold_the_plural_title_the_next_sentence_gives_them() -> None:
    text = ("Le ministre argentin de la Défense en visite au Chili\n"
            "M. Pereyra, arrivé lundi à la tête d'une délégation argentine, et M. Soto Rojas ont signé un "
            "mémorandum sur la formation des pilotes.\n"
            "Les deux ministres ont ensuite visité une base navale.")
    found = analyse_text(text)
    held = {(f.first("holder").label, f.attr("post"), f.first("org").label if f.first("org") else None)
            for f in found.facts if f.kind == "post"}
    assert ("Soto Rojas", ROLE + "minister", "Chili") in held
    assert ("Pereyra", ROLE + "minister", "Argentine") in held


def test_the_kingdom_a_title_names_is_the_one_the_article_names() -> None:
    found = posts("Le Maroc et le Chili ont signé un accord de défense. Le ministre de la Défense du Royaume, Ahmed "
                  "Alami, était présent, ainsi que le président chilien Luis Condori.")
    assert found.get("Ahmed Alami", ("", None))[1] == "Maroc"


def test_the_united_kingdom_is_no_kingdom_of_the_story() -> None:
    found = posts("Le Maroc et le Chili ont signé un accord. L'ambassadeur du Royaume-Uni, Peter Hall, était "
                  "présent.")
    assert found.get("Peter Hall", ("", None))[1] != "Maroc"
