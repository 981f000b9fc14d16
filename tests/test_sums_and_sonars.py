"""Sums and systems as newsrooms write them (sentences written for these tests): a firm's yearly takings are no
deal's sum; a bare « dollars » restated in US dollars is the dollar of the state the story names; an approved
possible sale stays possible; the worth of « l'équipement » handed over just before; the sum a work is
entrusted for; a sonar named after its noun."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.money import find_amounts
from kg.pipeline import analyse_text
from kg.records import ArticleFacts


def _sums(facts: ArticleFacts, modalities: tuple[str, ...] = ("ASSERTED", "REPORTED")) -> set[tuple[Decimal, str]]:
    return {(a.value, a.currency) for f in facts.facts if f.kind in {"agreement", "financing"}
            and f.modality.name in modalities for a in f.amounts}


@pytest.mark.parametrize("text", [
    "Le groupe Zorvane (12 milliards d'euros de chiffre d'affaires) emploie 9 000 personnes.",
    "Zorvane a réalisé 4 millions de dollars de bénéfice net l'an dernier.",
])
def test_a_firms_takings_are_no_sum_of_a_deal(text: str) -> None:
    assert all(m.conversion for m in find_amounts(text))


def test_a_deal_sum_beside_a_firms_takings_stays() -> None:
    facts = analyse_text("Titre\nLe groupe Saab (12 milliards d'euros de chiffre d'affaires) a signé un contrat "
                         "de 40 millions d'euros avec la Grèce.")
    assert _sums(facts) == {(Decimal("4e7"), "EUR")}


def test_a_bare_dollar_restated_in_us_dollars_is_the_named_states() -> None:
    facts = analyse_text("Titre\nLe Canada consacrera trois milliards de dollars (2,2 milliards USD) à l'achat "
                         "d'hélicoptères à l'Italie.")
    assert (Decimal("3e9"), "CAD") in _sums(facts)
    assert (Decimal("3e9"), "USD") not in _sums(facts)


def test_a_bare_dollar_restated_in_euros_stays_the_us_dollar() -> None:
    facts = analyse_text("Titre\nLe Canada consacrera trois milliards de dollars (2,5 milliards d'euros) à l'achat "
                         "d'hélicoptères à l'Italie.")
    assert (Decimal("3e9"), "USD") in _sums(facts)


def test_an_approved_possible_sale_stays_possible() -> None:
    facts = analyse_text("Titre\nLe département d'État a approuvé la vente éventuelle de chars Abrams au Maroc "
                         "pour 700 millions de dollars.")
    assert (Decimal("7e8"), "USD") not in _sums(facts)


def test_a_possible_sale_not_approved_stays_possible() -> None:
    facts = analyse_text("Titre\nLe Maroc étudie une vente éventuelle de chars Abrams par les États-Unis pour "
                         "700 millions de dollars.")
    assert (Decimal("7e8"), "USD") not in _sums(facts)


def test_the_worth_of_the_equipment_handed_over_before() -> None:
    facts = analyse_text("Titre\nLe Japon a livré lundi vingt camions et dix radars à l'armée philippine.\n"
                         "L'équipement, d'une valeur de 30 millions de dollars, s'ajoute à l'aide japonaise.")
    assert (Decimal("3e7"), "USD") in _sums(facts)


def test_the_sum_a_work_is_entrusted_for() -> None:
    facts = analyse_text("Titre\nLa Grèce a confié à Leonardo la modernisation de quatre frégates pour un "
                         "montant d'environ 90 millions d'euros.")
    assert (Decimal("9e7"), "EUR") in _sums(facts)


def test_a_sonar_named_after_its_noun_is_a_system() -> None:
    facts = analyse_text("Titre\nLa marine grecque recevra le sonar Zorvak 7 Compact pour ses frégates.")
    assert "Zorvak 7 Compact" in {e.label for e in facts.mentions.values() if e.cls == "WeaponSystem"}


def test_the_worth_of_a_part_of_the_deal_told_before() -> None:
    facts = analyse_text("Titre\nLa Grèce a signé avec Leonardo un contrat de 90 millions d'euros pour quatre "
                         "hélicoptères. La première tranche, d'un montant de 30 millions d'euros, porte sur deux "
                         "appareils.")
    assert (Decimal("3e7"), "EUR") in _sums(facts)


def test_a_worth_set_off_after_a_part_with_no_deal_before_is_none() -> None:
    facts = analyse_text("Titre\nLa Grèce a reçu quatre hélicoptères. La première série, d'une valeur de 30 millions "
                         "d'euros, comprend deux appareils.")
    assert (Decimal("3e7"), "EUR") not in _sums(facts)
