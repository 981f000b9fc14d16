"""A work a state entrusts to a company (« X a confié à Y la construction de ... », « la modernisation des radars
a été attribuée à Y par X »): the award is a contract between the state and the company; a task given to a
person, or a work one company gives another, is none. Sentences written for these tests."""

from __future__ import annotations

from tests.test_supply import agreements


def test_a_ministry_that_entrusts_a_design_to_a_company_signs_with_it() -> None:
    text = "Le ministère de la Défense polonais a confié à Thales la modernisation de ses radars de surveillance."
    assert {"pologne", "thales"} in agreements(text)


def test_the_work_may_come_before_the_company() -> None:
    text = "L'Égypte a confié la construction de ses nouvelles corvettes à Naval Group."
    assert {"egypte", "naval group"} in agreements(text)


def test_an_award_told_in_the_passive_names_the_state_after_par() -> None:
    text = "La maintenance des hélicoptères a été confiée à Airbus par le gouvernement marocain."
    assert {"maroc", "airbus"} in agreements(text)


def test_a_contract_awarded_in_the_passive() -> None:
    text = "Le contrat a été attribué à Thales par la Pologne, après un appel d'offres."
    assert {"pologne", "thales"} in agreements(text)


def test_lui_is_the_company_the_sentence_opens_on() -> None:
    text = "Thales fait savoir que le ministère roumain de la Défense lui a confié la conception d'un radar."
    assert {"roumanie", "thales"} in agreements(text)


def test_a_task_given_to_a_person_is_no_contract() -> None:
    text = "Le président du Pérou a confié à son ministre de la Défense la préparation de la réforme."
    assert not any("perou" in a for a in agreements(text))


def test_a_work_one_company_gives_another_has_no_state_side() -> None:
    text = "Le groupe Thales a confié à Safran la fabrication des moteurs."
    assert not any({"thales", "safran"} <= a for a in agreements(text))


def test_a_mission_is_no_work() -> None:
    text = "La France a confié une mission d'observation à Thales et à des experts."
    assert not any("france" in a and "thales" in a for a in agreements(text))


def test_the_fitting_out_of_ships_entrusted_to_a_company_is_a_contract() -> None:
    text = "Le Pérou a confié à Thales l'équipement de ses douze frégates en radars de veille."
    assert {"perou", "thales"} in agreements(text)


def test_equipment_given_to_a_state_is_no_contract() -> None:
    text = "Les États-Unis ont accordé à l'Ukraine l'équipement nécessaire à ses brigades."
    assert not any("ukraine" in a for a in agreements(text))


def test_an_order_notified_au_constructeur_named_before_is_with_that_maker() -> None:
    text = "Airbus Helicopters attendait cette décision. Le Pérou a notifié au constructeur une commande de vingt " \
        "hélicoptères."
    assert {"perou", "airbus"} in agreements(text)
