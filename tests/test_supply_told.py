"""Supplies in a headline's present tense and in what a speaker tells an audience: « L'armée X réceptionne des
drones turcs » (a present tense the tagger reads as a noun) is received from the demonym's state; « X a expliqué à
l'agence Y que des blindés seraient livrés à Z »: the audience is never a recipient nor a party. Sentences written
for these tests."""

from __future__ import annotations

from tests.test_deals import agreements, supplies


def test_a_headline_present_tense_read_as_a_noun_receives() -> None:
    assert supplies("L'armée béninoise réceptionne trois blindés chinois") == {("chine", "benin")}
    assert supplies("Le Gabon réceptionne des patrouilleurs espagnols") == {("espagne", "gabon")}
    assert supplies("Les forces armées togolaises réceptionnent deux avions brésiliens.") == {("bresil", "togo")}


def test_things_of_the_receiver_s_own_make_have_no_supplier() -> None:
    assert supplies("Le Ghana réceptionne deux hélicoptères ghanéens") == set()


def test_a_noun_with_an_article_stays_a_noun() -> None:
    assert supplies("La réceptionne des blindés au Bénin.") == set()


def test_the_audience_of_a_verb_of_saying_receives_nothing() -> None:
    text = "Le ministre a expliqué à l'AFP que les drones seraient livrés au Kenya par l'Espagne."
    assert supplies(text) == {("espagne", "kenya")}
    text = "Le ministre tchadien a expliqué à l'AFP que des blindés espagnols seraient livrés."
    assert all(recipient != "afp" for _supplier, recipient in supplies(text))


def test_the_audience_of_a_verb_of_saying_is_no_party() -> None:
    text = "Le président kényan a indiqué au quotidien Le Soir qu'un accord de défense avec l'Espagne serait signé."
    assert agreements(text) == [{"espagne", "kenya"}]
