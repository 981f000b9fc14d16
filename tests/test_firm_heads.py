"""Posts of a firm's head named by a bare title (sentences written for these tests): « le PDG X » heads the firm the
article is about, « directeur général » makes no officer of a state."""

from __future__ import annotations

from tests.conftest import posts_told


def posts(text: str) -> dict[tuple[str, str], str | None]:
    """(holder, post IRI's last part) -> the state or body the post serves, for a text with its own headline."""
    return {(p.holder, (p.iri or "").rsplit("/", 1)[-1]): p.org for p in posts_told(text, headline=None)}


def test_a_bare_chief_executive_heads_the_firm_named_before() -> None:
    found = posts("Saab : les commandes en hausse\nSaab a enregistré une hausse de ses commandes au premier semestre. "
                  "Le groupe a dégagé un bénéfice en hausse, des résultats salués par le PDG Anders Lindqvist.")
    assert found.get(("Anders Lindqvist", "role-chief-executive-officer")) == "Saab"


def test_a_director_general_is_no_general_of_a_state_and_heads_the_story_s_firm() -> None:
    found = posts("Le groupe suédois Saab vise le marché indien\nLe groupe Saab courtise les industriels indiens. "
                  "La semaine dernière, Saab a annoncé un accord avec l'avionneur américain Boeing. Il s'agit d'une "
                  "étape importante, a déclaré le directeur général et chef de la direction Anders Lindqvist lors "
                  "d'une interview.")
    assert found.get(("Anders Lindqvist", "role-chief-executive-officer")) == "Saab"
    assert found.get(("Anders Lindqvist", "role-director-general")) != "Suède"
