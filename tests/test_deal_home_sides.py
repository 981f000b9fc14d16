"""A firm and its own home state make one side of a deal, not two, when the article has that firm or state sign
with a third party; a state ordering from a firm at home stays a deal. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def _deals(text: str) -> list[frozenset[str]]:
    found = analyse_text(text, PUBLISHED).facts
    return [frozenset(e.label for _, e in f.roles) for f in found if f.kind == "agreement"]


def test_an_export_deal_signed_by_the_firms_state_is_no_deal_between_them() -> None:
    deals = _deals("Blindés pour la Hongrie\nLe constructeur allemand Rheinmetall a livré ses premiers véhicules dans "
                   "le cadre du plus grand contrat d'exportation jamais signé par l'Allemagne. Signé en 2023 entre "
                   "l'Allemagne et la Hongrie, cet accord porte sur 200 blindés Lynx.")
    assert frozenset({"Allemagne", "Hongrie"}) in deals
    assert frozenset({"Allemagne", "Rheinmetall"}) not in deals


def test_the_shareholder_state_of_a_firm_is_no_second_side_of_its_deal() -> None:
    deals = _deals("Le français Naval Group signe un protocole d'accord avec la Grèce\nNaval Group \u2013 dont la "
                   "France est actionnaire majoritaire \u2013 a signé un protocole d'accord avec la marine grecque.")
    assert any("Grèce" in d for d in deals)
    assert frozenset({"France", "Naval Group"}) not in deals


def test_a_state_ordering_from_its_own_firm_keeps_the_deal() -> None:
    deals = _deals("Camions pour l'armée\nLa Direction générale de l'armement a signé avec le constructeur français "
                   "Arquus un contrat portant sur 200 camions militaires. La France a par ailleurs livré des canons "
                   "à l'Ukraine.")
    assert frozenset({"Arquus", "France"}) in deals


def test_a_firm_supplying_its_own_state_keeps_that_order_beside_a_sale_abroad() -> None:
    deals = _deals("Avions de combat\nLa Suède a annoncé mardi qu'elle commandait au groupe Saab 30 avions de combat "
                   "Gripen. Saab a par ailleurs signé un contrat avec la Hongrie.")
    assert frozenset({"Suède", "Saab"}) in deals
