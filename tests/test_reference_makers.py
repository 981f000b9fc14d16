"""A system of the reference data that names none of its makers takes the maker the article gives it (« le X,
conçu par la firme Y », « le X, produit par Y »); a system whose makers the reference data names keeps them and
takes only a maker told in so many words beside them (« X, assemblés par Y »), and a participle of making followed
by no company gives none. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text
from kg.records import Entity

PUBLISHED = dt.date(2025, 6, 2)


def weapons(text: str) -> dict[str, Entity]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).mentions.values()
    return {e.label: e for e in found if e.cls == "WeaponSystem"}


def test_a_known_system_with_no_maker_takes_the_firm_that_designed_it() -> None:
    found = weapons("Le Kenya a reçu dix véhicules Casspir, conçus par la firme sud-africaine Zentra Mobility.")
    [maker] = found["Casspir"].makers
    assert "zentra-mobility" in maker


def test_a_known_system_with_no_maker_takes_a_known_company_that_produces_it() -> None:
    found = weapons("Le Dornier 228, produit par Hindustan Aeronautics Limited, équipe la marine indienne.")
    assert found["Dornier 228"].makers == ("https://w3id.org/kg-news/id/company-hal",)


def test_a_known_system_whose_maker_the_data_names_takes_the_one_told_beside_it() -> None:
    found = weapons("La Grèce a acheté des Rafale, assemblés par la firme Zentra Mobility.")
    [maker] = found["Rafale"].makers  # beside the reference data's own, which the graph describes
    assert "zentra-mobility" in maker


def test_a_known_system_whose_maker_the_data_names_takes_no_firm_merely_beside_it() -> None:
    assert weapons("La Grèce a acheté des Rafale de la firme Zentra Mobility.")["Rafale"].makers == ()


def test_a_participle_of_making_with_no_company_gives_no_maker() -> None:
    assert weapons("Les BTR-80 achetés par le Kenya sont arrivés à Mombasa.")["BTR-80"].makers == ()
    assert weapons("Les obusiers Dhanush fabriqués en Inde ont été livrés.")["obusier Dhanush"].makers == ()
