"""An order of one buyer that a company announces is placed with that company (« X a passé une commande de dix
hélicoptères, a annoncé <firme> »), a day between the verb and the company included; an order a ministry or an
agency tells names no seller. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import agreements


def test_an_order_a_company_announces_is_placed_with_it() -> None:
    assert agreements("Le Chili a commandé douze hélicoptères NH90, selon Airbus.") == [{"chili", "airbus"}]
    text = "Le Chili a passé une commande de douze hélicoptères NH90, a annoncé mardi Airbus."
    assert agreements(text) == [{"chili", "airbus"}]


def test_an_order_a_ministry_or_an_agency_tells_names_no_seller() -> None:
    assert agreements("Le Chili a commandé douze hélicoptères NH90, selon le ministère de la Défense.") == []
    assert agreements("Le Chili a passé une commande de douze hélicoptères NH90, a annoncé mardi l'AFP.") == []

