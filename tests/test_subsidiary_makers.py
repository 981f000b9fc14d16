"""A system a group's branch makes names the branch beside the group (the press names the branch: « Bell » for
Textron's helicopters), and the group still tells the state the system comes from; the Piranha names GDELS beside
Mowag, its Swiss builder. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg import gazetteer as gz
from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)
KGR = "https://w3id.org/kg-news/id/"


def makers(text: str, label: str) -> set[str]:
    """The makers the reference data gives the system the text names: the groups, then their builders."""
    found = analyse_text(f"Titre\n{text}", PUBLISHED).mentions.values()
    [system] = [e for e in found if e.cls == "WeaponSystem" and e.label == label]
    gaz = gz.load()
    return set(gaz.makers.get(system.iri or "", ())) | set(gaz.builders.get(system.iri or "", ()))


def test_a_helicopter_of_the_branch_names_the_branch_and_the_group() -> None:
    found = makers("L'Équateur a reçu quatre hélicoptères Bell 412 de la marine américaine.", "Bell 412")
    assert {KGR + "company-textron", KGR + "company-bell-textron"} <= found


def test_a_wheeled_vehicle_of_the_branch_names_the_group_above_it() -> None:
    found = makers("La Roumanie a commandé 150 blindés Mowag Piranha.", "Mowag Piranha")
    assert {KGR + "company-gdels", KGR + "company-mowag"} <= found


def test_the_group_still_leads() -> None:
    graph = gz.load().graph
    assert gz.leading_makers(graph, (KGR + "company-bell-textron", KGR + "company-textron")) == \
        (KGR + "company-textron",)
