"""Ships a yard builds, told by the yard handing them over: a firm after « chantier » or whose name says it is a
yard (« X Shipyards ») builds the ship system its sentence delivers or builds; the one ship of an article that names
one yard is that yard's; a ship named alone after « le » is one where a yard delivers it; a class after « unité du
type » is a system. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text
from kg.records import Entity

PUBLISHED = dt.date(2025, 6, 2)


def found(text: str) -> list[Entity]:
    return list(analyse_text(f"Titre\n{text}", PUBLISHED).mentions.values())


def makers(text: str) -> dict[str, set[str]]:
    """Each system the text names -> the IRIs of the makers the article gives it."""
    entities = found(text)
    return {e.label: set(e.makers) for e in entities if e.cls == "WeaponSystem"}


def test_a_yard_that_delivers_a_class_of_ship_builds_it() -> None:
    text = "Le chantier Borvik a accueilli la cérémonie de livraison de la troisième unité du type Sentinelle."
    assert any("borvik" in m for m in makers(text)["Sentinelle"])


def test_a_ship_named_alone_that_a_yard_delivers_is_a_system_the_yard_builds() -> None:
    got = makers("Le Togo a reçu le Courageux livré mardi par le chantier naval Kelvar Shipyards.")
    assert any("kelvar-shipyards" in m for m in got["Courageux"])


def test_the_one_ship_of_an_article_with_one_yard_is_the_yard_s() -> None:
    got = makers("Il s'agit du CGS Tenacity dont l'acquisition a été annoncée lundi.\n"
                 "Les autorités ont salué le constructeur Kelvar Shipyard Ltd.")
    assert any("kelvar-shipyard-ltd" in m for m in got["CGS Tenacity"])


def test_a_system_the_delivered_ship_carries_is_no_yard_s() -> None:
    got = makers("Le chantier naval Borvik a accueilli la livraison de la corvette Audace, qui emporte des "
                 "missiles Zorvak-7.")
    assert not any("borvik" in m for m in got.get("Zorvak-7", set()))


def test_a_unit_of_a_kind_and_a_thing_delivered_by_other_means_are_no_systems() -> None:
    assert makers("L'armée a formé une unité de type commando.") == {}
    assert makers("Le Ghana a reçu le Président livré par avion.") == {}
    assert "Normandie" not in makers("La frégate Normandie a fait escale au chantier Borvik de Lorient.")
