"""« Un contrat a été signé avec X au profit de Y », « ... pour le compte des forces Y »: with no signer named, the
one a contract is signed for is its buyer; a firm's name the NER reads as a place or a thing (« X Aviation
Industry », « X Maintenance Company ») is a company's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import agreements, supplies


@pytest.mark.parametrize(("text", "pair"), [
    ("Un contrat a été signé avec la société Vektor au profit de la marine omanaise.", {"vektor", "oman"}),
    ("Deux contrats ont été signés avec Navantia pour le compte des forces terrestres péruviennes.",
     {"navantia", "perou"}),
])
def test_the_one_a_contract_is_signed_for_buys(text: str, pair: set[str]) -> None:
    assert agreements(text) == [pair]


def test_a_signer_named_keeps_the_beneficiary_out_of_the_sides() -> None:
    assert agreements("Le Qatar a signé un contrat avec Navantia au profit de l'armée omanaise.") == [
        {"qatar", "navantia"}]


@pytest.mark.parametrize(("text", "pair"), [
    ("Le Koweït a signé un contrat avec Al-Rawda Aviation Industry pour la révision de ses avions.",
     {"koweit", "al rawda aviation industry"}),
    ("Oman a conclu un contrat avec Dar Al-Bahr Marine Industries.", {"oman", "dar al bahr marine industries"}),
    ("Le Koweït a signé un contrat avec la Kestrel Configuration and Maintenance Company.",
     {"koweit", "kestrel configuration and maintenance company"}),
])
def test_a_firm_named_as_a_place_or_a_thing_is_a_side(text: str, pair: set[str]) -> None:
    assert agreements(text) == [pair]


def test_a_technique_spelt_out_in_lower_case_is_no_firm() -> None:
    text = "Le Pérou a choisi une corvette qui lui sera fournie par le néerlandais Damen ainsi que Thales pour le " \
           "CMS (Combat management systems)."
    assert {recipient for _, recipient in supplies(text)} == {"perou"}
