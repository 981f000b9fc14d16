"""A verbless line that sets a title's holder in a state (« Le président X aux Émirats arabes unis ») tells a visit:
that state is not the holder's own (sentences written for these tests)."""

from __future__ import annotations

from tests.conftest import posts_told

_BODY = ("\n\nLe chef de l'État est arrivé lundi. L'émir et le président ont parlé des Émirats arabes unis, des "
         "Émirats arabes unis et de la France.\n")


def _states(text: str) -> set[str | None]:
    return {p.org for p in posts_told(text, headline=None) if p.holder == "Jean Dupont"}


def test_a_verbless_line_placing_the_holder_in_a_state_gives_him_another() -> None:
    assert _states("Le président Jean Dupont aux Émirats arabes unis" + _BODY) == {None}


def test_a_verbless_line_in_a_capital_too() -> None:
    assert "Émirats arabes unis" not in _states("Le président Jean Dupont à Abou Dhabi" + _BODY)


def test_a_line_with_no_place_keeps_the_state_the_article_is_about() -> None:
    assert _states("Le président Jean Dupont, un ami fidèle" + _BODY) == {"Émirats arabes unis"}
