"""Supplies told only as a deal two states sign: « A et B ont signé un contrat pour la livraison de W à l'armée
de B » (B is not its own supplier: A gives), « un accord conclu entre A et B portant sur la fourniture de W à la
marine de B » (the other party of the deal told in the sentence gives). Sentences written for these tests."""

from __future__ import annotations

from tests.test_deal_patterns import supplies


def test_two_signatories_of_a_supply_to_one_of_them_the_other_gives() -> None:
    text = "La Grèce et l'Égypte ont signé un contrat pour la livraison de véhicules blindés à l'armée égyptienne."
    assert supplies(text) == {("grece", "egypte")}
    text = "La Suède et la Thaïlande auraient signé des contrats pour la fourniture de radars et de missiles à " \
        "l'armée de l'air thaïlandaise."
    assert supplies(text) == {("suede", "thailande")}


def test_a_supply_to_one_party_of_a_deal_told_in_its_sentence_comes_from_the_other() -> None:
    text = "Le Brésil et l'Angola ont conclu un accord portant sur la fourniture de patrouilleurs à la marine " \
        "angolaise."
    assert supplies(text) == {("bresil", "angola")}
    text = "Un accord a été signé entre le Chili et la Colombie pour la livraison de véhicules blindés à l'armée " \
        "colombienne."
    assert supplies(text) == {("chili", "colombie")}


def test_a_supply_to_a_third_state_or_only_discussed_keeps_its_sides() -> None:
    text = "La France et l'Allemagne ont signé un accord sur la livraison de blindés à l'Ukraine."
    assert supplies(text) == {("france", "ukraine"), ("allemagne", "ukraine")}
    assert supplies("Le Japon et l'Inde ont discuté de la livraison de radars à l'armée indienne.") == set()
