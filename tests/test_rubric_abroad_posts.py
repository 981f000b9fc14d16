"""A headline's rubric « Pays A : » over an article that names another state clearly more (sentences written for
these tests): the rubric names where the news happened (a purchase collected abroad), so it neither counts towards
the states the article is about nor gives its state to an official the text names none for."""

from __future__ import annotations

from tests.conftest import posts_told

_ABROAD = ("Brésil : un avion de plus pour la marine\n\n"
           "L'appareil a été réceptionné lors d'une cérémonie à Recife au Brésil.\n\n"
           "Cet achat par le Chili profitera aux missions de sauvetage. Le Chili exploite déjà deux appareils du même "
           "type. Le Chili en veut un troisième.\n\n"
           "Un contrat avait été signé en janvier par le secrétaire aux affaires intérieures, Pedro Gómez.\n\n"
           "Le ministre de l'Économie du Brésil, Carlos Souza, était venu au Chili.")


def states_of(text: str, holder: str) -> set[str | None]:
    """The state or body labels of the posts `holder` holds in a text."""
    return {p.org for p in posts_told(text, headline=None) if p.holder == holder}


def test_an_official_of_an_article_set_abroad_serves_the_state_it_is_about() -> None:
    assert states_of(_ABROAD, "Pedro Gómez") == {"Chili"}


def test_a_post_naming_the_rubrics_state_keeps_it() -> None:
    assert states_of(_ABROAD, "Carlos Souza") == {"Brésil"}
