"""Sums and worths of deals as newsrooms spell them: a dollar sign followed by a word of the sentence (« 40 millions
$ au Pérou »: no Australian dollar), and the spelling of 1990 without a circumflex (« couter », « le cout »).
« se vouloir » with an adjective (« s'est voulu rassurant »): how one comes across, no will of the deed below.
Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.money import find_amounts
from kg.kinds import Modality
from tests.test_deals import facts


def _sums(text: str) -> list[tuple[Decimal, str]]:
    return sorted({(a.value, a.currency) for f in facts(text, "agreement") for a in f.amounts})


@pytest.mark.parametrize(("text", "value"), [
    ("le contrat devrait rapporter 48,5 millions $ au constructeur", Decimal("48.5e6")),
    ("une vente de 12 millions $ aux forces de la région", Decimal("12e6")),
    ("une commande de 7 millions $ ce mois-ci", Decimal("7e6")),
])
def test_a_dollar_sign_before_a_small_word_is_a_plain_dollar(text: str, value: Decimal) -> None:
    (found,) = find_amounts(text)
    assert (found.amount.value, found.amount.currency) == (value, "USD")
    assert found.amount.text.endswith("$")


@pytest.mark.parametrize(("text", "currency"), [
    ("un contrat de 20 millions $ AU signé hier", "AUD"),
    ("un contrat de 20 millions $ CA signé hier", "CAD"),
    ("un contrat de 20 millions $AU signé hier", "AUD"),
])
def test_a_dollar_sign_with_capitals_keeps_its_country(text: str, currency: str) -> None:
    (found,) = find_amounts(text)
    assert found.amount.currency == currency


@pytest.mark.parametrize("text", [
    "Le Pérou a signé un accord avec la Corée du Sud pour quatre avions d'entraînement. « Ce contrat devrait couter "
    "88,6 millions $ au Pérou », a indiqué le ministère.",
    "La Malaisie a signé un contrat avec la Turquie pour trois patrouilleurs. Ce contrat a couté 88,6 millions de "
    "dollars.",
])
def test_a_deal_told_before_costs_the_sum_spelt_without_circumflex(text: str) -> None:
    assert _sums(text) == [(Decimal("88.6e6"), "USD")]


def test_the_cost_of_the_deal_spelt_without_circumflex_is_its_worth() -> None:
    text = ("Le Kenya a signé un contrat avec l'Espagne pour deux patrouilleurs. Le cout du contrat est estimé à "
            "75 millions d'euros.")
    assert _sums(text) == [(Decimal("75e6"), "EUR")]


@pytest.mark.parametrize("text", [
    # a price at large, no deal told before
    "Un char de ce type peut couter 8 millions $ au marché noir.",
    # the cost of a programme of one's own, no deal
    "Le cout du programme national de radars est estimé à 75 millions d'euros.",
])
def test_a_cost_of_no_deal_told_is_no_deal_s(text: str) -> None:
    assert _sums(text) == []


@pytest.mark.parametrize("text", [
    "Le ministre s'est voulu rassurant sur l'accord de défense signé entre la Turquie et la Libye.",
    "L'ambassadeur s'est voulu optimiste sur l'accord de coopération conclu entre le Gabon et l'Espagne.",
])
def test_se_vouloir_with_an_adjective_tells_how_one_comes_across_no_will(text: str) -> None:
    (deal,) = facts(text, "agreement")
    assert deal.modality == Modality.ASSERTED


@pytest.mark.parametrize("text", [
    "La Serbie veut signer un accord avec la Chine.",
    "La Serbie se veut capable d'acheter des avions à la France.",
    "La Serbie se veut prête à signer un accord avec la Chine.",
])
def test_a_will_or_an_adjective_with_its_infinitive_stays_no_deed(text: str) -> None:
    assert all(f.modality != Modality.ASSERTED for kind in ("agreement", "support") for f in facts(text, kind))
