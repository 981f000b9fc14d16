"""A name the article puts right after a ship noun is the ship's, not a person's (sentences written for these
tests)."""

from __future__ import annotations

from kg.pipeline import analyse_text


def people(text: str) -> set[str]:
    """The labels of the people a text names."""
    return {e.label for e in analyse_text(f"Titre\n{text}").mentions.values() if e.cls == "Person"}


def test_a_ship_name_is_no_person_anywhere_in_the_article() -> None:
    text = "La corvette principale Al Zorvak a été remise à la marine.\n\nL'équipage d'Al Zorvak suit une formation."
    assert "Al Zorvak" not in people(text)


def test_a_person_named_apart_from_ships_stays() -> None:
    text = "Le ministre Karim Haddad a visité la corvette.\n\nKarim Haddad a salué la livraison."
    assert "Karim Haddad" in people(text)


def test_a_titled_namesake_of_a_ship_stays_a_person() -> None:
    text = "La frégate Karim Haddad a été livrée.\n\nLe président Karim Haddad a salué la livraison."
    assert "Karim Haddad" in people(text)
