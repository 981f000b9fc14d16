"""A noun of appointment gives the title after it to its possessor or to the name in its complement (« Y a félicité
X pour sa nomination au poste de ministre de Z »); sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told


def posts(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Holder -> (post IRI, state or body label) of the asserted or reported posts."""
    return {p.holder: (p.iri, p.org) for p in posts_told(text) if p.told}


@pytest.mark.parametrize(("text", "holder", "state"), [
    ("Le président chilien a félicité Karim Ferhad pour sa nomination au poste de ministre des Affaires étrangères "
     "du Pérou.", "Karim Ferhad", "Pérou"),
    ("Anna Kowal a remercié le président pour sa nomination comme ministre de la Défense de la Pologne.",
     "Anna Kowal", "Pologne"),
    ("Le ministre brésilien a salué la désignation de Luis Ortega comme chef d'état-major de l'armée bolivienne.",
     "Luis Ortega", "Bolivie"),
    ("Le gouvernement indien a félicité Hana Sato pour son élection au poste de Premier ministre du Japon.",
     "Hana Sato", "Japon"),
])
def test_a_noun_of_appointment_gives_the_title_after_it(text: str, holder: str, state: str) -> None:
    assert posts(text).get(holder, (None, None))[1] == state


@pytest.mark.parametrize(("text", "holder"), [
    ("Le Sénat s'oppose à la nomination de Luis Ortega au poste de ministre de la Défense de la Bolivie.",
     "Luis Ortega"),
    ("Le président chilien évoque une éventuelle nomination de Karim Ferhad au poste de ministre de la Défense du "
     "Pérou.", "Karim Ferhad"),
    ("Karim Ferhad a présenté sa candidature au poste de ministre de la Défense du Pérou.", "Karim Ferhad"),
])
def test_an_appointment_opposed_considered_or_sought_is_no_post(text: str, holder: str) -> None:
    assert holder not in posts(text)
