"""Purchases told through the deal that holds them or in passing: « X a signé un contrat avec Y portant sur
l'acquisition de ... » (Y sells to X, whether Y is a state or a maker whose state the article names), « des avions
commandés aux États-Unis », « ses chars acquis auprès de l'Allemagne » (the state bought from sells to the one
that uses them). « destinés à X » names who receives, never who sells. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_contract_with_a_maker_about_a_purchase_is_a_sale_by_its_state() -> None:
    text = ("Le Pérou a signé lundi un contrat avec Saab portant sur l'acquisition de douze Gripen. "
            "Le groupe suédois en livrera deux dès 2027.")
    assert supplies(text) == {("suede", "perou")}
    text = ("Le Maroc a conclu un contrat avec Dassault Aviation concernant l'achat de vingt Rafale. "
            "L'avionneur français se réjouit de ce succès.")
    assert supplies(text) == {("france", "maroc")}


def test_an_agreement_with_a_state_about_a_purchase_is_its_sale() -> None:
    text = ("Le Qatar veut moderniser sa flotte. Il a signé en mars des accords avec la France, portant "
            "notamment sur l'acquisition de douze hélicoptères Caracal.")
    assert ("france", "qatar") in supplies(text)
    text = "Le Chili a signé avec l'Allemagne un accord portant sur l'achat de trente chars Leopard 2."
    assert supplies(text) == {("allemagne", "chili")}


def test_destined_for_names_a_recipient_not_a_seller() -> None:
    text = ("Le ministère de la Défense du Pérou a signé, en présence du ministre suédois, un contrat avec Saab "
            "pour l'acquisition de douze Gripen destinés à l'armée de l'air péruvienne.")
    assert supplies(text) == {("suede", "perou")}


def test_a_contract_about_no_system_is_no_supply() -> None:
    text = ("Le Pérou a signé un contrat avec Saab portant sur la maintenance de ses avions. "
            "La Suède s'en félicite.")
    assert supplies(text) == set()


def test_systems_bought_from_a_state_in_passing_are_its_supply() -> None:
    text = ("L'Irak a signé un contrat avec la Corée du Sud. Ces appareils formeront les pilotes qui voleront "
            "ensuite sur des avions F-16 commandés aux États-Unis.")
    assert ("etats unis", "irak") in supplies(text)
    text = "La Pologne va remplacer ses vieux chars Leopard 2 achetés à l'Allemagne dans les années 2000."
    assert ("allemagne", "pologne") in supplies(text)
    text = "Le Brésil exploite déjà des Gripen acquis auprès de la Suède, a rappelé le ministre."
    assert ("suede", "bresil") in supplies(text)


def test_systems_bought_with_no_seller_said_go_nowhere_new() -> None:
    text = "La Pologne va remplacer ses vieux chars Leopard 2 achetés dans les années 2000."
    assert ("pologne", "pologne") not in supplies(text)
    text = "Les chars Leopard 2 achetés par la Pologne ont été livrés à l'armée de terre."
    assert ("pologne", "pologne") not in supplies(text)


def test_systems_bought_in_passing_by_people_of_no_state_are_the_article_s_state_s() -> None:
    text = ("L'Égypte a signé un contrat avec Embraer, qui livrera les avions à l'Égypte. Ces appareils formeront "
            "les pilotes qui voleront ensuite sur des avions F-16 commandés aux États-Unis.")
    found = supplies(text)
    assert ("etats unis", "egypte") in found
    assert not any(r == "embraer" for _s, r in found)
    text = ("La Grèce modernise sa marine. Les marins qui serviront sur les frégates FREMM achetées à la France "
            "seront formés à Brest.")
    assert ("france", "grece") in supplies(text)


def test_a_relative_on_an_actor_still_stands_for_it() -> None:
    text = "L'armée de l'air polonaise, qui utilise déjà des F-16 achetés aux États-Unis, attend ses appareils."
    assert supplies(text) == {("etats unis", "pologne")}
    text = "La marine grecque, qui exploite des frégates FREMM achetées à la France, attend la suite."
    assert supplies(text) == {("france", "grece")}
