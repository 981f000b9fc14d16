"""Purchases made together and buyers named by their region: « A et B ont signé un accord commun pour l'achat de
W auprès de C » (C sells to both; the deal binds A and B), « le pays d'Amérique du Sud » (the state told of
before), « deux exemplaires » (copies of the system named before). Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import agreements, facts, supplies


def test_two_buyers_of_one_system_from_a_named_seller_are_both_supplied() -> None:
    text = ("La Croatie et la Slovénie ont signé mardi un accord commun pour l'acquisition du système "
            "antiaérien NASAMS auprès du groupe norvégien Kongsberg.")
    assert supplies(text) == {("norvege", "croatie"), ("norvege", "slovenie")}
    assert {"croatie", "slovenie"} in agreements(text)
    text = "Le Portugal et la Grèce ont conclu un contrat pour l'achat de quatre frégates auprès de la France."
    assert supplies(text) == {("france", "portugal"), ("france", "grece")}


def test_two_signatories_of_a_sale_with_no_seller_apart_are_its_two_sides() -> None:
    text = "Le Chili et le Pérou ont signé un contrat pour l'achat de frégates."
    assert supplies(text) == set()
    assert {"chili", "perou"} in agreements(text)


def test_the_country_of_a_region_is_the_state_told_before() -> None:
    text = ("Le Ghana est déjà client de l'hélicoptère Caracal. "
            "Le pays d'Afrique de l'Ouest vient d'acheter dix Caracal à la France.")
    assert supplies(text) == {("france", "ghana")}
    text = ("Le Pérou est déjà client de l'hélicoptère Caracal. "
            "Le pays d'Amérique du Sud vient d'acheter dix Caracal à la France.")
    assert supplies(text) == {("france", "perou")}


def test_copies_counted_with_no_system_are_of_the_system_named_before() -> None:
    text = ("La Roumanie exploite déjà le chasseur F-16. "
            "Le pays a commandé douze exemplaires supplémentaires aux États-Unis.")
    found = facts(text, "support")
    assert [w.label for f in found for w in f.get("weapon")] == ["F-16"]
    # copies with no number are no anaphor of their own
    text = ("La Roumanie exploite déjà le chasseur F-16. "
            "Le pays a commandé des exemplaires d'un nouveau manuel aux États-Unis.")
    assert all(not f.get("weapon") for f in facts(text, "support"))


def test_a_part_of_a_firm_sells_for_the_firm() -> None:
    text = "La Suède vient de commander six radars à la division Aerospace du groupe Thales."
    assert supplies(text) == {("france", "suede")}
    assert {"suede", "thales"} in agreements(text)
    text = "La Finlande a commandé quatre radars à la filiale française du groupe Thales."
    assert supplies(text) == {("france", "finlande")}
    assert agreements(text) == [{"finlande", "thales"}]


def test_copies_ordered_from_a_maker_are_its_sale_of_the_system_named_before() -> None:
    text = ("La Roumanie exploite déjà le chasseur Rafale de Dassault Aviation. "
            "La Roumanie vient de commander huit exemplaires à Dassault Aviation.")
    assert supplies(text) == {("france", "roumanie")}


def test_a_firm_named_after_the_goods_of_a_purchase_sells_them() -> None:
    text = "La Croatie a annoncé l'achat de 40 blindés à roues de la société d'armement suisse Mowag."
    assert supplies(text) == {("suisse", "croatie")}
    text = "Le Portugal a annoncé l'achat de douze blindés du groupe Patria."
    assert supplies(text) == {("finlande", "portugal")}
    # the purchase of a firm itself sells nothing
    text = "Le ministère de la Défense du Portugal a annoncé l'achat du groupe Patria pour ses blindés."
    assert supplies(text) == set()


def test_a_building_for_a_state_begun_at_a_firm_s_yard_is_the_firm_s_supply() -> None:
    text = ("La construction de quatre corvettes en faveur de la marine du Sénégal a débuté lundi "
            "au chantier de Lorient du groupe Naval Group.")
    assert supplies(text) == {("france", "senegal")}
    text = ("La construction de deux frégates pour le Pérou a commencé au chantier de Kiel de "
            "ThyssenKrupp Marine Systems.")
    assert supplies(text) == {("allemagne", "perou")}
    # what is built is no matériel: nothing supplied
    text = ("La construction de quatre routes en faveur du Sénégal a débuté au chantier de Lorient "
            "du groupe Naval Group.")
    assert supplies(text) == set()


def test_a_model_or_an_example_offered_is_no_supply() -> None:
    text = "Le fait que le Rwanda ait bâti une armée professionnelle offre un modèle pour le Burundi, a-t-il dit."
    assert supplies(text) == set()
    text = "Le Rwanda offre des blindés au Burundi, a-t-il dit."
    assert supplies(text) == {("rwanda", "burundi")}


def test_the_price_said_after_a_deal_is_its_worth() -> None:
    text = ("Le Maroc a signé un contrat avec Naval Group pour deux corvettes. "
            "Le prix prévu sera de 300 millions d'euros.")
    sums = [a.value for f in facts(text, "agreement") for a in f.amounts]
    assert sums == [300000000]
    # the price of something else with no deal told before is no deal's
    text = "Le prix prévu du pétrole sera de 80 dollars le baril, selon les analystes."
    assert facts(text, "agreement") == []
