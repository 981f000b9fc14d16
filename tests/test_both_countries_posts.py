"""A plural title « des deux pays » with no names beside it (sentences written for these tests): the two people
named together right before or right after it hold the post, each in one state of the pair the article named
last, in order."""

from __future__ import annotations

import pytest

from tests.conftest import posts


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Le Chili et le Pérou ont renforcé leur coopération. Le texte a été adopté à l'issue d'un entretien "
                 "entre les présidents des deux pays. Luis Soto et Ana Quispe ont salué un tournant.",
                 {("Luis Soto", "president", "Chili"), ("Ana Quispe", "president", "Pérou")}, id="names-after"),
    pytest.param("La Grèce et Chypre ont signé un traité. Nikos Papas et Eleni Georgiou peuvent se féliciter. "
                 "Les ministres de la Défense des 2 pays étaient réunis lundi à Athènes.",
                 {("Nikos Papas", "minister-of-defence", "Grèce"), ("Eleni Georgiou", "minister-of-defence",
                                                                    "Chypre")}, id="names-before"),
])
def test_both_countries_title_gives_each_name_its_state(text: str, expected: set[tuple[str, str, str | None]]) \
        -> None:
    assert posts(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Le Chili et le Pérou ont renforcé leur coopération. Les présidents des deux pays se sont "
                 "entretenus. Luis Soto a salué un tournant.", id="one-name-after"),
    pytest.param("Le Chili et le Pérou ont renforcé leur coopération. Les présidents des deux pays se sont "
                 "entretenus. Puis Luis Soto et Ana Quispe, deux étudiants, ont chanté.", id="pair-not-opening"),
    pytest.param("Le Chili et le Pérou ont renforcé leur coopération. Luis Soto et Ana Quispe ont salué un "
                 "tournant. Les présidents de plusieurs pays étaient présents.", id="not-the-two-countries"),
])
def test_no_pair_of_names_right_beside_it_holds_the_post(text: str) -> None:
    assert not posts(text)
