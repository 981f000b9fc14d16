"""Posts handed out along a list (sentences written for these tests): a plural title's head given to each « , de
<state>, Name » that follows its first holder, and a demonstrative pronoun (« celui de la Justice, Y ») standing
for the head of the title before it, in that title's state unless the complement names its own."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told


def posts(text: str) -> set[tuple[str, str, str | None]]:
    """(holder, post IRI, org label) of every post fact of a text."""
    return {(p.holder, p.iri or "", p.org) for p in posts_told(text)}


def held(text: str) -> dict[str, set[str | None]]:
    """Holder -> the orgs of their posts."""
    out: dict[str, set[str | None]] = {}
    for holder, _, org in posts(text):
        out.setdefault(holder, set()).add(org)
    return out


@pytest.mark.parametrize(("text", "want"), [
    ("Le ministre a reçu mardi plusieurs diplomates. Il s'agit des ambassadeurs de la République du Pérou, "
     "Miguel Ortega Ruiz, du Royaume de Norvège, Ingrid Dahl, de la République de Zambie, Joseph Mwale, et du "
     "Royaume de Belgique, Luc Peeters.",
     {"Miguel Ortega Ruiz": "Pérou", "Ingrid Dahl": "Norvège", "Joseph Mwale": "Zambie", "Luc Peeters": "Belgique"}),
    ("Les ministres de la Défense du Ghana, Kofi Mensah, du Togo, Yao Agbo, et du Bénin, Paul Houngbo, se sont "
     "réunis à Accra.", {"Kofi Mensah": "Ghana", "Yao Agbo": "Togo", "Paul Houngbo": "Bénin"}),
    ("Étaient présents les ministres des Affaires étrangères de l'Inde, Subrahmanyam Jaishankar, de l'Indonésie, "
     "Retno Marsudi, et de la Thaïlande, Don Pramudwinai.",
     {"Subrahmanyam Jaishankar": "Inde", "Retno Marsudi": "Indonésie", "Don Pramudwinai": "Thaïlande"}),
    ("La délégation est composée du ministre malien des Affaires étrangères, Moussa Keita, de celui de la Justice, "
     "Oumar Sangaré, de celle de la Santé, Aminata Coulibaly, et de celui de la Défense, Sekou Diarra.",
     {"Moussa Keita": "Mali", "Oumar Sangaré": "Mali", "Aminata Coulibaly": "Mali", "Sekou Diarra": "Mali"}),
    ("Le président était accompagné du ministre sénégalais des Affaires étrangères, Amadou Ba ; celui de "
     "l'Économie, Cheikh Ndiaye ; celle de la Culture, Fatou Sarr.",
     {"Amadou Ba": "Sénégal", "Cheikh Ndiaye": "Sénégal", "Fatou Sarr": "Sénégal"}),
    ("Le ministre béninois de la Défense, Paul Adjovi, et celui de l'Intérieur, Marc Gbedo, ont reçu la délégation.",
     {"Paul Adjovi": "Bénin", "Marc Gbedo": "Bénin"}),
])
def test_each_name_of_a_list_holds_its_own_post(text: str, want: dict[str, str]) -> None:
    got = held(text)
    for name, state in want.items():
        assert got.get(name) == {state}, (name, got)


def test_a_pronoun_names_the_post_of_the_head_before_it() -> None:
    got = posts("Le ministre béninois de la Défense, Paul Adjovi, et celui de l'Intérieur, Marc Gbedo, ont reçu "
                "la délégation.")
    assert any(holder == "Marc Gbedo" and post.endswith("interior") and org == "Bénin" for holder, post, org in got)
    got = posts("Le ministre sénégalais des Affaires étrangères, Amadou Ba, était accompagné de celle de la "
                "Culture, Fatou Sarr.")
    assert any(holder == "Fatou Sarr" and post.endswith("ministre-de-la-culture") for holder, post, _ in got)


@pytest.mark.parametrize(("text", "name"), [
    # a complement that names no person after its comma is no item of the list
    ("Les ambassadeurs du Canada, Marc Tremblay, de retour de Dakar, ont salué l'accord.", "Marc Tremblay"),
    # the list stops at an item of another head
    ("Les ambassadeurs du Canada, Marc Tremblay, et le représentant de l'Union européenne, Anna Berg, ont salué "
     "l'accord.", "Anna Berg"),
    # a pronoun after a verb compares things, it names no post
    ("Le ministre de la Défense, Paul Adjovi, a dit que son budget dépasse celui de la Santé, Marc Gbedo l'a "
     "confirmé.", "Marc Gbedo"),
])
def test_no_post_outside_the_list(text: str, name: str) -> None:
    got = held(text)
    if name == "Marc Tremblay":
        assert got.get(name) == {"Canada"}, got
    else:
        assert name not in got, got
