"""Supplies in a headline's present tense: « L'armée X réceptionne des drones turcs » (a present tense the tagger
reads as a noun or a participle) is received from the demonym's state. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_headline_present_tense_read_as_a_noun_receives() -> None:
    assert supplies("L'armée béninoise réceptionne trois blindés chinois") == {("chine", "benin")}
    assert supplies("Le Gabon réceptionne des patrouilleurs espagnols") == {("espagne", "gabon")}
    assert supplies("Les forces armées togolaises réceptionnent deux avions brésiliens.") == {("bresil", "togo")}


def test_things_of_the_receiver_s_own_make_have_no_supplier() -> None:
    assert supplies("Le Ghana réceptionne deux hélicoptères ghanéens") == set()


def test_a_noun_with_an_article_stays_a_noun() -> None:
    assert supplies("La réceptionne des blindés au Bénin.") == set()
