"""The firm a sentence says carries out the work of making a system makes it (« le développement du missile X est
mené par Y », « la fabrication des drones X est assurée par Y », « la production de X par Y », « X, de conception
Y »); a work that is not making, or a verb that carries out nothing, names no maker. A known company an order is
« of » makes the systems the order is « for ». Sentences written for these tests; the systems' names are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text
from kg.records import Entity

PUBLISHED = dt.date(2025, 6, 2)


def weapons(text: str) -> dict[str, Entity]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).mentions.values()
    return {e.label: e for e in found if e.cls == "WeaponSystem"}


@pytest.mark.parametrize(("sentence", "system", "maker"), [
    ("Le développement du missile Zorvan est mené par Rafael en coopération avec une firme américaine.",
     "Zorvan", "rafael"),
    ("La fabrication des drones Kestrel est assurée par Elbit Systems depuis 2021.", "Kestrel", "elbit"),
    ("La production du blindé Vortal par le groupe Rheinmetall a commencé en mars.", "Vortal", "rheinmetall"),
    ("Le char Vortal, de conception Rheinmetall, a été présenté à Eurosatory.", "Vortal", "rheinmetall"),
    ("La construction des corvettes Zebulon a été confiée à Naval Group.", "Zebulon", "naval-group"),
])
def test_the_firm_that_carries_out_a_work_of_making_makes_the_system(sentence: str, system: str,
                                                                      maker: str) -> None:
    found = weapons(sentence)
    assert any(maker in m for m in found[system].makers)


@pytest.mark.parametrize(("sentence", "system"), [
    ("Le développement du drone Zorvak est suivi par l'armée de l'air.", "Zorvak"),
    ("La production du char Vortal a été critiquée par Rheinmetall.", "Vortal"),
    ("La livraison des drones Kestrel est assurée par Elbit Systems.", "Kestrel"),
])
def test_no_maker_from_a_work_that_is_not_making_or_not_carried_out(sentence: str, system: str) -> None:
    assert not weapons(sentence)[system].makers


def test_the_company_an_order_is_of_makes_the_systems_it_is_for() -> None:
    found = weapons("La marine ghanéenne a passé une nouvelle commande de Leonardo pour six hélicoptères ZH-60.")
    assert any("leonardo" in m for m in found["ZH-60"].makers)


def test_a_state_an_order_is_of_makes_nothing() -> None:
    assert not weapons("La commande du Kenya pour six hélicoptères ZH-60 a été signée hier.")["ZH-60"].makers
