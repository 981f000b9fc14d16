"""Some agencies write a parenthesis with slashes (« cinq pays /la Grèce, ..., la Tchéquie/, réunis ... »): the aside
reads as one, so the word the closing slash is glued to is still a state's name. Slashes inside a word (« km/h »,
« et/ou », « 24/7 ») stay as they are. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp import plain
from tests.conftest import state_codes


def test_every_state_of_a_slashed_list_is_found() -> None:
    text = ("Le groupe réunit cinq pays /la Grèce, Chypre, l'Autriche, la Slovénie et la Tchéquie/, selon le "
            "communiqué publié mardi.")
    assert {"GRC", "CYP", "AUT", "SVN", "CZE"} <= state_codes(text)


@pytest.mark.parametrize("text", [
    "Le convoi roulait à 90 km/h sur la route.",
    "Le service fonctionne 24/7 et/ou sur demande.",
    "Le rapport 2023/2024 a été publié.",
])
def test_slashes_inside_words_stay(text: str) -> None:
    assert plain(text) == text


def test_the_aside_keeps_the_text_length() -> None:
    text = "cinq pays /la Grèce et la Tchéquie/, réunis"
    assert plain(text) == "cinq pays (la Grèce et la Tchéquie), réunis"
