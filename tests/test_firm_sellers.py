"""Firms the reference data lacks, named after a noun that introduces a firm (« la société X », « l'entreprise X »,
« au groupe X »): a company, so the « à » of a purchase verb before it is its seller, not a beneficiary; and a
system a firm's clause calls its own (« X va équiper les navires de son nouveau système sol-air à courte portée
W »), named after a long type phrase, is a system of that firm; a deal that delivers goods of a demonym binds
their state when it names no other party. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import agreements, supplies
from tests.test_weapons import makers


def test_a_firm_introduced_by_its_noun_sells_what_is_ordered_from_it() -> None:
    assert supplies("La Bolivie a commandé quatre hélicoptères de combat à la société Tarnek Avia.") == {
        ("tarnek avia", "bolivie")}
    assert supplies("Le Népal a acheté six drones à l'entreprise Orvel Avia.") == {("orvel avia", "nepal")}
    assert supplies("La Bolivie a commandé quatre hélicoptères de combat au groupe Tarnek Avia.") == {
        ("tarnek avia", "bolivie")}


def test_a_purchase_for_a_state_stays_a_purchase_for_it() -> None:
    assert supplies("La Bolivie a acheté des obus pour l'Ukraine.") == {("bolivie", "ukraine")}


def test_an_armed_group_is_no_firm() -> None:
    assert supplies("Le groupe armé Tarnek Avia a attaqué un convoi au nord du pays.") == set()


def test_a_firm_s_own_system_after_a_range_phrase() -> None:
    text = ("Trois industriels se partagent la commande : Thales, Safran et Leonardo, qui va équiper les "
            "frégates de son nouveau système surface-air à très courte portée Korlan-NG.")
    assert makers(text)["Korlan-NG"] == {"company-leonardo"}


def test_a_system_someone_else_calls_his_is_not_his_make() -> None:
    text = "Le ministre a vanté son nouveau système sol-air à courte portée Korlan-NG devant la presse."
    assert makers(text).get("Korlan-NG", set()) == set()


def test_a_deal_that_delivers_foreign_goods_binds_their_state() -> None:
    text = "Le Chili a signé un contrat qui prévoit la livraison de chars allemands."
    assert {"chili", "allemagne"} in agreements(text)
    text = "Le ministère a signé un contrat qui prévoit la livraison de corvettes espagnoles au Pérou."
    assert {"perou", "espagne"} in agreements(text)


def test_a_deal_for_home_made_goods_names_no_second_party() -> None:
    assert agreements("Le Chili a signé un contrat qui prévoit la livraison de patrouilleurs chiliens.") == []
