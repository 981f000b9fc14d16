"""A state named alone before a colon opening a sentence (« A : le pays acquiert ... »): « le pays » or « il » right
after it is that state; not where two states head it, nor where a subject comes between. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import supplies


@pytest.mark.parametrize("text, pair", [
    ("Pérou : le pays acquiert douze avions M-346 auprès de l'italien Leonardo.", ("italie", "perou")),
    ("Kenya : il commande douze blindés à la Turquie.", ("turquie", "kenya")),
    ("Ghana : le pays reçoit quatre patrouilleurs de la Chine.", ("chine", "ghana")),
])
def test_the_country_after_a_rubric_is_the_state_of_the_rubric(text: str, pair: tuple[str, str]) -> None:
    assert pair in supplies(text)


@pytest.mark.parametrize("text", [
    # two states head the sentence: no one of them is « le pays »
    "Pérou-Chili : le pays acquiert douze avions M-346 auprès de l'italien Leonardo.",
    # a subject between the rubric and « le pays »: the state the subject names
    "Pérou : la Colombie affirme que le pays a acquis douze avions M-346 auprès de l'italien Leonardo.",
])
def test_a_rubric_of_two_states_or_before_a_subject_is_no_antecedent(text: str) -> None:
    assert all(r != "perou" for _, r in supplies(text))
