"""Posts of a firm's head named by a bare title, and of lists that open with a title (sentences written for these
tests): « le PDG X » heads the firm the article is about, « directeur général » makes no officer of a state; in « par
l'ambassadeur de A, X, le ministre de ..., Y, l'attaché de défense, le colonel Z » each title's name follows it,
and the envoy's state is not the hosts'."""

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


def test_a_list_opening_with_a_title_gives_each_title_the_name_after_it() -> None:
    found = posts("Visite de la ministre des Armées au Sénégal\nLa ministre a été accueillie à Dakar par "
                  "l'ambassadeur de France, Pierre Lenoir, le ministre des forces armées, Mamadou Diallo, l'attaché "
                  "de défense, le colonel Fourcade et le capitaine de vaisseau Jean Morel. Le Sénégal et la France "
                  "ont signé un accord de défense.")
    assert found.get(("Pierre Lenoir", "role-ambassador")) == "France"
    assert ("Pierre Lenoir", "role-minister-of-defence") not in found
    assert found.get(("Mamadou Diallo", "role-minister-of-defence")) == "Sénégal"
    assert found.get(("Fourcade", "role-defence-attache")) == "France"


def test_a_list_opening_with_a_name_still_gives_each_title_the_name_before_it() -> None:
    found = posts("Visite du ministre français au Sénégal\nLe ministre a rencontré à Dakar Pierre Lenoir, "
                  "l'ambassadeur de France, Mamadou Diallo, le ministre des forces armées, Awa Ndiaye, la ministre "
                  "de la Santé.")
    assert found.get(("Pierre Lenoir", "role-ambassador")) == "France"
    assert ("Mamadou Diallo", "role-minister-of-defence") in found
