"""A supply told as the contract or order a maker wins (« X a décroché un contrat pour la livraison de W à Y », « X a
obtenu de Y un contrat pour la fourniture de W ») is the winner's sale; a group one of whose members is based where
the goods go sells at home as itself; « se faire livrer » in an infinitive: the subject it inherits receives, it
gives nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import supplies


@pytest.mark.parametrize("text, pair", [
    ("Le constructeur naval Piriou a décroché un contrat pour la livraison de quatre patrouilleurs au Gabon.",
     ("france", "gabon")),
    ("Le groupe Hanwha a remporté un contrat de fourniture de 18 obusiers K9 pour l'armée égyptienne.",
     ("coree du sud", "egypte")),
    ("Le groupe KNDS a obtenu de la Bundeswehr un contrat-cadre pour la fourniture d'obus de 155 mm.",
     ("knds", "allemagne")),
])
def test_the_winner_of_a_contract_for_a_supply_supplies(text: str, pair: tuple[str, str]) -> None:
    assert pair in supplies(text)


def test_a_contract_a_maker_wins_with_no_client_supplies_no_one() -> None:
    assert supplies("Le groupe Hanwha a remporté un contrat pour la fourniture d'obus de 155 mm.") == set()


def test_a_joint_venture_selling_to_the_home_state_of_a_member_sells_as_itself() -> None:
    text = ("Le groupe italien Leonardo annonce, via sa coentreprise avec le groupe allemand Rheinmetall, avoir "
            "remporté un contrat de fourniture de 21 blindés Lynx pour l'armée italienne.")
    found = supplies(text)
    assert ("allemagne", "italie") not in found
    assert ("leonardo", "italie") in found


@pytest.mark.parametrize("text", [
    "Les autorités togolaises ont donné leur accord pour se faire livrer 40 blindés Puma M36 au Togo.",
    "Le Togo a accepté de se faire livrer 40 blindés Puma M36.",
])
def test_who_accepts_to_have_things_delivered_gives_nothing(text: str) -> None:
    assert not any(giver == "togo" for giver, _ in supplies(text))


def test_who_has_things_delivered_by_a_state_receives_them() -> None:
    assert ("etats unis", "togo") in supplies("Le Togo s'est fait livrer 40 blindés Puma M36 par les États-Unis.")
