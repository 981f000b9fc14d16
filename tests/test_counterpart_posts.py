"""Counterparts and the names beside them (sentences written for these tests): a name the NER reads as a place set
off before a title is a person's; a counterpart met on a visit told sentences before, or « du pays hôte », is the
host's; a counterpart mirrors no post of its own state, and one state's form of a portfolio as the portfolio; a
name in quotation marks after a noun names a thing, not a person."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import posts_told

ROLE = "https://w3id.org/kg-news/id/role-"


def posts(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Holder -> (post IRI, state label of the post or None)."""
    return {p.holder: (p.iri, p.org) for p in posts_told(text)}


def people(text: str) -> set[str]:
    return {e.label for e in analyse_text("Titre\n" + text).mentions.values() if e.cls == "Person"}


@pytest.mark.parametrize(("text", "counterpart"), [
    pytest.param("Le ministre chilien de la Défense, Jaime Rojas, s'est rendu mardi au Pérou. Le Pérou est un "
                 "voisin. Les deux pays ont une longue histoire commune. Jaime Rojas a eu un entretien avec Quispe "
                 "Mamani Huanca, son homologue de la Défense.", "Quispe Mamani Huanca", id="visit-told-before"),
    pytest.param("Le secrétaire américain à la Défense Jack Miller a entamé une série de réunions à Lima avec le "
                 "Pérou. M. Miller a rencontré le ministre péruvien de l'Intérieur Jaime Quispe et verra aussi son "
                 "homologue du pays hôte, Luis Condori.", "Luis Condori", id="host-country-after-meetings"),
])
def test_a_counterpart_of_the_visited_state_is_the_host_s(text: str, counterpart: str) -> None:
    """A counterpart met on a visit told sentences before, or « du pays hôte » after meetings in its capital."""
    assert posts(text).get(counterpart) == (ROLE + "minister-of-defence", "Pérou")


@pytest.mark.parametrize("place", ["à Lima Norte", "au Pérou"])
def test_a_place_before_a_title_stays_a_place(place: str) -> None:
    text = f"Il a rencontré, {place}, le ministre de la Défense, Jaime Rojas."
    assert not {"Lima Norte", "Pérou"} & people(text)


@pytest.mark.parametrize("opening", ["Les exercices", "L'opération"])
@pytest.mark.parametrize("name", ["Marco Polo", "Simon Bolivar"])
def test_a_quoted_name_after_a_noun_is_no_person(opening: str, name: str) -> None:
    text = f"{opening} « {name} » a réuni 2.000 soldats du Chili et du Pérou."
    assert name not in people(text)


def test_the_same_name_after_a_title_is_still_a_person() -> None:
    assert "Simon Bolivar" in people("Le ministre Simon Bolivar a réuni 2.000 soldats du Chili et du Pérou.")


def test_a_title_whose_complement_enumerates_nouns_reaches_the_name_after_it() -> None:
    text = ("Selon le directeur adjoint du commandement pour la logistique, la formation et les transmissions, "
            "Mateo Huamani Ccori, le Pérou modernise ses unités.")
    assert "Mateo Huamani Ccori" in posts(text)


def test_a_list_of_titles_is_no_enumeration() -> None:
    text = "Le directeur de l'arsenal, le ministre et les officiers, Mateo Huamani, ont visité le Pérou."
    assert posts(text).get("Mateo Huamani", ("", None))[0] != ROLE + "director"


def test_a_counterpart_mirrors_the_post_of_the_person_named_before_it() -> None:
    text = ("Le ministre chilien de la Défense Jaime Rojas est à Lima. Il a été reçu par le président Luis Condori. "
            "Il a aussi vu le ministre de l'Intérieur Ana Quispe. "
            "La visite suit une rencontre à Santiago entre Luis Condori et son homologue chilien Pedro Soto.")
    assert posts(text).get("Pedro Soto") == (ROLE + "president", "Chili")


def test_the_name_after_an_adjunct_s_counterpart_is_the_clause_s_subject() -> None:
    text = ("Le président chilien Luis Condori recevra le ministre péruvien Jaime Rojas. Avant ses entretiens avec "
            "son homologue péruvien, M. Pedro Soto a déclaré que la coopération progressait.")
    assert "Pedro Soto" not in posts(text)
