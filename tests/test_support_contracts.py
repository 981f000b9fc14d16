"""A support noun that only names what a contract is about (« des contrats d'appui et de conseil ») tells who
signed, not who gives to whom: with no recipient told, no side of the contract supports the other. A support
contract told with its recipient, and a support noun of its own, still support. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_renewed_support_contract_names_no_giver() -> None:
    text = ("La Bolivie et le Pérou ont signé mardi un accord de défense. « Nous avons aussi renouvelé tous les "
            "contrats d'appui et de conseil militaire », a déclaré le président bolivien Luis Arce.")
    assert supplies(text) == set()


def test_a_support_contract_extended_after_an_agreement_gives_nothing() -> None:
    text = ("Le Ghana et le Togo ont signé lundi un accord de défense. Le Togo a aussi prolongé ses contrats "
            "d'assistance et de conseil militaire.")
    assert supplies(text) == set()


def test_a_support_contract_with_its_recipient_still_supports() -> None:
    text = "La France a signé un contrat de soutien militaire à l'armée ivoirienne."
    assert supplies(text) == {("france", "cote d ivoire")}


def test_a_support_of_its_own_still_supports() -> None:
    text = ("La Bolivie et le Pérou ont signé mardi un accord de défense. Le Pérou a aussi renforcé son soutien "
            "militaire à l'armée bolivienne.")
    assert supplies(text) == {("perou", "bolivie")}
