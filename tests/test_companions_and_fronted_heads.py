"""Posts whose state the sentence tells through someone else (sentences written for these tests): the companions of
an official told before serve that official's state; a fronted « À la tête de la délégation D, » gives the title
after its comma the state of D; a surname after an initial (« S. Nom ») holds the title before it; a summit sherpa
is a post."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told

ROLE = "https://w3id.org/kg-news/id/role-"
ABOUT_HOST = " La Pologne prépare un sommet. La Pologne achète des blindés."


def states(text: str) -> dict[str, str | None]:
    """Holder -> state label of the post (or None)."""
    return {p.holder: p.org for p in posts_told(text + ABOUT_HOST)}


@pytest.mark.parametrize("leader", ["Le Premier ministre", "Rimas Petraitis"])
def test_the_companions_of_an_official_told_before_serve_his_state(leader: str) -> None:
    found = states("Le Premier ministre lituanien Rimas Petraitis est arrivé à Varsovie. "
                   f"{leader} était accompagné du ministre de l'Énergie Tomas Kairys et du ministre de la Santé "
                   "Ona Jankute.")
    assert found.get("Tomas Kairys") == "Lituanie"
    assert found.get("Ona Jankute") == "Lituanie"


def test_the_companions_of_a_visitor_of_no_state_told_serve_the_visiting_side() -> None:
    """The headline tells the visit; the accompanied title's holder has been given no state yet."""
    found = {p.holder: p.org for p in posts_told(
        "Rimas Petraitis en visite officielle en Pologne\n\nLa Lituanie et la Pologne ont signé un accord en avril. La "
        "Lituanie achète des blindés. "
        "Le 3 mai, Rimas Petraitis, en visite officielle en Pologne, s'est rendu au musée de Varsovie. Le Premier "
        "ministre était accompagné du ministre de l'Énergie Tomas Kairys, du ministre de la Santé Ona Jankute et "
        "d'autres membres de la délégation.", headline=None)}
    assert found.get("Tomas Kairys") == "Lituanie"
    assert found.get("Ona Jankute") == "Lituanie"


@pytest.mark.parametrize(("sentence", "holder", "state"), [
    ("À la tête de la délégation lituanienne, le général de brigade Tomas Kairys, directeur de la coopération "
     "internationale, a salué les liens entre les deux armées.", "Tomas Kairys", "Lituanie"),
    ("À la tête de la délégation malienne, le colonel Moussa Keita a rencontré le ministre.", "Moussa Keita", "Mali"),
])
def test_a_fronted_head_of_a_delegation_serves_its_state(sentence: str, holder: str, state: str) -> None:
    found = states("La Pologne a accueilli la réunion des chefs d'état-major. " + sentence)
    assert found.get(holder) == state


def test_a_title_after_the_verb_of_a_fronted_delegation_head_is_not_given_its_state() -> None:
    found = states("La Pologne a accueilli la réunion. À la tête de la délégation lituanienne, le général Tomas "
                   "Kairys a rencontré le ministre de la Défense, Jan Nowak.")
    assert found.get("Jan Nowak") != "Lituanie"


@pytest.mark.parametrize(("sentence", "holder", "post"), [
    ("Le conseiller a rencontré le secrétaire d'État, A. Blinken, et le chef de cabinet, Tomas Kairys.",
     "Antony Blinken", "secretary-of-state"),
    ("Le ministre indien a reçu le ministre des Affaires étrangères, S. Lavrov, et le conseiller, Tomas Kairys.",
     "Sergueï Lavrov", "minister-of-foreign-affairs"),
])
def test_a_known_person_after_an_initial_holds_the_title_before_it(sentence: str, holder: str, post: str) -> None:
    posts = {p.holder: p.iri for p in posts_told(sentence)}
    assert posts.get(holder) == ROLE + post
    assert posts.get("Tomas Kairys") is not None


def test_a_sherpa_is_a_post_of_the_state_or_summit_named() -> None:
    posts = {p.holder: (p.iri, p.org) for p in posts_told(
        "Le sherpa indien Anil Gupta a préparé le sommet avec le sherpa du G20, Vikram Rao.")}
    assert posts.get("Anil Gupta") == (ROLE + "sherpa", "Inde")
    assert posts.get("Vikram Rao") == (ROLE + "sherpa", "G20")
