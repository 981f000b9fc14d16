"""Posts handed out across a story (sentences written for these tests): a plural title over several states gives
its post to the people named later by a state's demonym or as the one left; a lone surname after a rank set off
after a counterpart noun is the counterpart."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told

ROLE = "https://w3id.org/kg-news/id/role-"
MEETING = ("Les ministres de la Défense de Finlande, de Pologne et d'Estonie se sont réunis lundi à Varsovie. "
           "Le finlandais Mikko Laine a déclaré : « Nous sommes unis face aux menaces ». Le ministre polonais de "
           "la Défense, Jan Nowak, a affirmé que les pays coopèrent. ")


def posts(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Holder -> (post IRI, state label of the post or None)."""
    return {p.holder: (p.iri, p.org) for p in posts_told(text)}


def test_a_demonym_and_the_one_left_take_the_shared_post() -> None:
    found = posts(MEETING + "De son côté, Kaja Tamm a annoncé un accord.")
    assert found["Mikko Laine"] == (ROLE + "minister-of-defence", "Finlande")
    assert found["Jan Nowak"] == (ROLE + "minister-of-defence", "Pologne")
    assert found["Kaja Tamm"] == (ROLE + "minister-of-defence", "Estonie")


def test_no_one_is_left_while_two_states_wait() -> None:
    """Two states without a holder: the untitled speaker is no one's minister."""
    found = posts("Les ministres de la Défense de Finlande, de Pologne et d'Estonie se sont réunis lundi à "
                  "Varsovie. De son côté, Kaja Tamm a annoncé un accord.")
    assert "Kaja Tamm" not in found


def test_a_demonym_without_a_shared_post_gives_none() -> None:
    found = posts("Le finlandais Mikko Laine a déclaré : « Nous sommes unis face aux menaces ».")
    assert "Mikko Laine" not in found


def test_a_demonym_of_another_state_gives_none() -> None:
    found = posts("Les ministres de la Défense de Finlande et de Pologne se sont réunis lundi à Varsovie. "
                  "Le suédois Lars Berg a déclaré : « Nous observons ».")
    assert "Lars Berg" not in found


@pytest.mark.parametrize(("text", "holder"), [
    pytest.param("Le général Pieter de Vries s'est rendu à Quito, où il a conduit des échanges avec son "
                 "homologue, le général Paredes.", "Paredes", id="end-of-sentence"),
    pytest.param("Il a eu un entretien avec son homologue, l'amiral Sandoval, à Quito.", "Sandoval", id="comma"),
])
def test_a_surname_after_a_rank_after_a_counterpart_is_a_person(text: str, holder: str) -> None:
    assert holder in posts(text)


@pytest.mark.parametrize("text", [
    "Le ministre belge a rencontré son homologue, le général Motors.",
    "Il a parlé avec son homologue, le général Octobre.",
    "Il a parlé avec son homologue, le général Lima.",
])
def test_no_surname_after_a_rank_without_counterpart_or_of_a_thing(text: str) -> None:
    assert not any(name in posts(text) for name in ("Motors", "Octobre", "Lima"))


def test_a_title_of_the_movement_serves_the_group_named_before() -> None:
    """« le porte-parole du mouvement, X »: the armed group the article named before."""
    found = posts("Les combattants de Boko Haram ont attaqué une base. Abuja offre une récompense pour "
                  "l'arrestation du porte-parole du mouvement, Musa Bello.")
    assert found["Musa Bello"][1] == "Boko Haram"


def test_a_named_movement_is_its_own() -> None:
    found = posts("Les combattants de Boko Haram ont attaqué une base. Le porte-parole du mouvement Ansaru, "
                  "Musa Bello, a démenti.")
    assert found.get("Musa Bello", ("", None))[1] != "Boko Haram"
