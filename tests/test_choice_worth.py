"""A supplier chosen (« X a arrêté son choix sur Y », « son choix en faveur du W de Y ») is a deal between the
chooser and the chosen; the worth of « la signature du contrat, d'un montant de ... » is the deal's told before;
« Le montant n'a pas été divulgué. Il atteindrait ... »: the worth left unsaid, said a sentence later; « X a
reçu le premier lot d'une commande ... »: the order's deal, X its buyer.
Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_deals import facts
from tests.test_modality import fold


def _deals(text: str) -> set[frozenset[str]]:
    return {frozenset(fold(p.label) for p in f.get("party")) for f in facts(text, "agreement")}


def _priced(text: str) -> set[tuple[frozenset[str], Decimal]]:
    return {(frozenset(fold(p.label) for p in f.get("party")), a.value)
            for f in facts(text, "agreement") for a in f.amounts}


@pytest.mark.parametrize(("text", "sides"), [
    ("Le Chili a arrêté son choix sur Naval Group pour renouveler ses sous-marins.", {"chili", "naval group"}),
    ("Le Pérou a fait le choix du Rafale pour équiper son armée de l'air.", {"perou", "dassault aviation"}),
    ("Au printemps, la Hongrie annonçait son choix en faveur de l'hélicoptère H145M de l'européen Airbus pour "
     "ses forces.", {"hongrie", "airbus"}),
])
def test_a_supplier_chosen_is_a_deal_with_the_chooser(text: str, sides: set[str]) -> None:
    assert frozenset(sides) in _deals(text)


@pytest.mark.parametrize("text", [
    "La Grèce a fait le choix de la paix avec la Turquie pour son armée.",
    "Les États-Unis critiquent le choix de la Turquie d'acheter des missiles S-400.",
])
def test_a_choice_that_names_no_supplier_is_no_deal(text: str) -> None:
    assert not any(len(sides) >= 2 for sides in _deals(text))


def test_the_worth_of_the_contract_signed_after_a_choice_is_the_choice_deal() -> None:
    text = ("En mai, le Chili annonçait son choix en faveur du sous-marin Scorpène de Naval Group. Ce choix a été "
            "confirmé un an après avec la signature du contrat, d'un montant estimé à 1,8 milliard d'euros.")
    assert (frozenset({"chili", "naval group"}), Decimal("1800000000")) in _priced(text)


@pytest.mark.parametrize("text", [
    "Le Ghana a signé un contrat avec l'Espagne pour des patrouilleurs. Le montant n'a pas été dévoilé. Selon la "
    "presse locale, il atteindrait 90 millions d'euros.",
    "Le Ghana a signé un contrat avec l'Espagne pour des patrouilleurs. Le prix n'a pas été précisé. Il "
    "dépasserait 90 millions d'euros.",
    # in one sentence: the sum left unsaid is denied, not the one then told
    "Le Ghana a signé un contrat avec l'Espagne pour des patrouilleurs. Le montant de la commande n'a pas été "
    "rendu public, mais il avoisinerait 90 millions d'euros.",
])
def test_a_worth_left_unsaid_then_given_is_the_deal_s(text: str) -> None:
    assert (frozenset({"ghana", "espagne"}), Decimal("90000000")) in _priced(text)


def test_a_sum_after_a_sentence_on_something_else_is_no_worth() -> None:
    text = ("Le Ghana a signé un contrat avec l'Espagne pour des patrouilleurs. Le budget de la marine progresse. "
            "Il atteindra 90 millions d'euros.")
    assert not _priced(text)
    text = ("Le Ghana a signé un contrat avec l'Espagne pour des patrouilleurs. Le budget de la marine n'a pas été "
            "publié, mais il dépasserait 900 millions d'euros.")
    assert not _priced(text)


@pytest.mark.parametrize(("text", "sides"), [
    ("Le Qatar a pris livraison de la première tranche d'une commande de 24 avions Rafale.",
     {"qatar", "dassault aviation"}),
    ("Le Maroc a reçu le premier lot d'une commande de blindés passée auprès de la Turquie.", {"maroc", "turquie"}),
])
def test_a_lot_of_an_order_received_is_the_order_s_deal(text: str, sides: set[str]) -> None:
    assert frozenset(sides) in _deals(text)
