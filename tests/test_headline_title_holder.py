"""A headline whose head or subject is a title naming a state and no holder (« Le ministre chilien de la Défense
reçu par le roi », « ... en visite à Rabat ») tells the post of the person whose name opens the lede as its
subject (sentences written for these tests)."""

from __future__ import annotations

from tests.conftest import posts_told


def held(text: str) -> set[tuple[str, str, str | None]]:
    """(holder, post IRI tail, state) of every post, the text's first line its headline."""
    return {(p.holder, p.tail, p.org) for p in posts_told(text, headline=None)}


def test_the_subject_of_a_headline_participle_is_the_ledes_opening_subject() -> None:
    text = "Le ministre chilien de la Défense reçu par le roi du Maroc\n\n" \
           "Rodrigo Salcedo a entamé lundi une tournée en Afrique du Nord."
    assert ("Rodrigo Salcedo", "Chili") in {(h, s) for h, _, s in held(text)}


def test_a_verbless_headline_title_is_the_ledes_opening_subject() -> None:
    text = "Le ministre chilien de la Défense en visite à Rabat\n\n" \
           "Rodrigo Salcedo a rencontré lundi les responsables de la marine."
    assert ("Rodrigo Salcedo", "Chili") in {(h, s) for h, _, s in held(text)}


def test_a_name_not_opening_the_lede_takes_no_headline_title() -> None:
    text = "Le ministre chilien de la Défense reçu par le roi du Maroc\n\n" \
           "Lundi, les journalistes ont interrogé Rodrigo Salcedo sur la tournée."
    assert not [h for h, _, s in held(text) if h == "Rodrigo Salcedo" and s == "Chili"]


def test_a_headline_title_with_its_holder_gives_nothing_to_the_lede() -> None:
    text = "Le ministre chilien de la Défense Rodrigo Salcedo reçu par le roi du Maroc\n\n" \
           "Pablo Ortega a salué lundi la visite."
    assert not [h for h, _, _ in held(text) if h == "Pablo Ortega"]


def test_a_headline_title_naming_no_state_gives_nothing() -> None:
    text = "Le ministre de la Défense reçu par le roi du Maroc\n\n" \
           "Rodrigo Salcedo a entamé lundi une tournée en Afrique du Nord."
    assert not [h for h, _, s in held(text) if h == "Rodrigo Salcedo" and s == "Chili"]
