"""Deals signed before witnesses: a deal whose sides the sentence leaves unsaid, signed « en présence de » officials
of two states, is between those two states; officials of one state or of three, a deal that names sides of its own
(« entre les rebelles et le gouvernement », « par les chefs rebelles ») or signers the sentence names, are not read
so. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import agreements


@pytest.mark.parametrize(("text", "pair"), [
    ("Un accord de défense a été signé lundi à Lisbonne en présence du président portugais et du Premier ministre "
     "marocain.", {"portugal", "maroc"}),
    ("Un protocole d'accord sur la fabrication commune de drones a été signé le 3 mai à Bakou en présence du "
     "président azerbaïdjanais et du président pakistanais.", {"azerbaidjan", "pakistan"}),
    ("Signature d'un mémorandum d'entente en présence du ministre brésilien de la Défense et de son homologue "
     "argentin.", {"bresil", "argentine"}),
    ("Plusieurs conventions ont été paraphées en présence des chefs d'État ghanéen et togolais.", {"ghana", "togo"}),
])
def test_a_deal_signed_before_officials_of_two_states_is_theirs(text: str, pair: set[str]) -> None:
    assert agreements(text) == [pair]


@pytest.mark.parametrize("text", [
    "Un accord de paix a été signé en présence du président tchadien.",
    "Un accord a été signé en présence des présidents malien, nigérien et burkinabè.",
    "Un accord a été signé entre les rebelles et le gouvernement en présence des présidents tchadien et soudanais.",
    "Un accord de paix a été signé par les chefs rebelles en présence des présidents tchadien et soudanais.",
    "Les deux ministres ont évoqué la présence militaire française au Sahel, puis un accord a été signé.",
])
def test_one_state_three_or_sides_of_its_own_are_no_witnessed_pair(text: str) -> None:
    assert agreements(text) == []
