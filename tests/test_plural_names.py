"""A system's name written with the plural « s » names the system (« des Gripens », « 150 Blackhawks »), a name of
one word or the last word of a longer one; a name that already ends in « s » takes none. « VCI » heads a designator
as « véhicule de combat d'infanterie » does. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def systems(text: str) -> set[str]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).mentions.values()
    return {e.label for e in found if e.cls == "WeaponSystem"}


def test_a_name_with_the_plural_s_names_the_system() -> None:
    found = systems("Le Pérou a longtemps hésité entre des Saab Gripens et des Kfirs avant de renoncer.")
    assert {"Gripen", "Kfir"} <= found


def test_a_helicopter_name_with_the_plural_s_names_the_helicopter() -> None:
    assert "Black Hawk" in systems("La Colombie exploite une quarantaine de Blackhawks.")


def test_a_lowercase_word_like_a_plural_name_is_no_system() -> None:
    assert "Rafale" not in systems("Des rafales de vent ont retardé la cérémonie à Lima.")


def test_vci_heads_a_designator() -> None:
    assert "ZV-22" in systems("Le stand présentait le VCI ZV-22 aux délégations.")
