"""A verbless line that sets a title's holder in a state (« Le président X aux Émirats arabes unis ») tells a visit,
as does « celle de X en Pays » after a noun of visiting: that state is not the holder's own (sentences written for
these tests)."""

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


_RETURN = ("La ministre indienne de la Défense, Mme Priya Rao, a effectué sa première visite au Viêt Nam. Cette {noun} "
           "est intervenue en retour à celle du général d'armée Paul Martin en Inde, un an plus tôt. La ministre a "
           "rencontré le général Martin à Hanoï.")


def _general(noun: str) -> set[str | None]:
    return {p.org for p in posts_told(_RETURN.format(noun=noun)) if p.holder == "Paul Martin"}


def test_celle_after_a_visit_is_a_visit_of_its_complement() -> None:
    """« Cette visite répond à celle du général X en Inde »: the general visited India, he is not India's."""
    assert "Inde" not in _general("visite")


def test_celle_after_another_noun_tells_no_visit() -> None:
    assert _general("décision") == {"Inde"}
