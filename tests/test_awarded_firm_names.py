"""A work entrusted to a firm whose name runs over two words (« Naval Group », « Thales Communications »): the
parser may read the name's last word as a verb or as the verb's object and hang the work on it; the award is still a
contract between the state and the firm. Sentences written for these tests."""

from __future__ import annotations

from tests.test_supply import agreements


def test_a_work_hung_on_the_last_word_of_a_firm_name() -> None:
    text = "La DGA a confié à Naval Group la construction de deux patrouilleurs."
    assert {"france", "naval group"} in agreements(text)


def test_a_work_hung_on_a_word_that_ends_the_firm_name() -> None:
    text = "Le ministère grec de la Défense a confié à Thales Communications l'équipement en radios de ses frégates."
    assert {"grece", "thales"} in agreements(text)


def test_the_former_name_of_the_french_procurement_agency_is_the_french_state() -> None:
    text = "La Délégation générale pour l'armement a confié à Thales la fourniture de radios pour ses frégates."
    assert {"france", "thales"} in agreements(text)


def test_a_person_named_after_the_firm_is_no_work() -> None:
    text = "La DGA a confié à Naval Group Jean Dupont pour la construction de deux patrouilleurs."
    assert not agreements(text)


def test_a_firm_that_entrusts_a_work_to_another_signs_no_deal_with_a_state() -> None:
    text = "Airbus a confié à Thales Communications l'équipement en radios de ses avions de ligne."
    assert not agreements(text)
