"""Officials as newsrooms present them (sentences written for these tests): a state's hyphened name written with a
space (« les Etats Unis », « la Guinée Bissau ») still names the state; a post, a comma, then a title worn as a
style without article (« le ministre des Affaires étrangères, Ambassadeur X »): the post is X's too."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import posts_told

STATE = "https://w3id.org/kg-news/id/state-"
ROLE = "https://w3id.org/kg-news/id/role-"


def states(text: str) -> set[str]:
    """The alpha-3 codes of the states a text names."""
    found = analyse_text("Titre\n" + text)
    return {e.iri.removeprefix(STATE) for e in found.mentions.values() if e.iri and e.iri.startswith(STATE)}


def posts(text: str) -> dict[str, tuple[str, str | None]]:
    """Holder -> (post IRI, state label or None)."""
    return {p.holder: (str(p.iri), p.org) for p in posts_told(text)}


@pytest.mark.parametrize(("text", "state"), [
    ("Les Etats Unis et le Ghana ont signé un mémorandum à Accra.", "USA"),
    ("La Guinée Bissau a reçu deux patrouilleurs offerts par le Portugal.", "GNB"),
    ("Le Royaume Uni a dépêché un émissaire à Nairobi.", "GBR"),
    ("Les Pays Bas financeront la formation des garde-côtes ghanéens.", "NLD"),
])
def test_a_hyphened_state_name_written_with_a_space_names_the_state(text: str, state: str) -> None:
    assert state in states(text)


@pytest.mark.parametrize(("text", "state"), [
    ("Les États unis dans l'alliance ont adopté une déclaration commune à Lomé.", "USA"),
    ("Les pays bas de la région ont voté contre le projet.", "NLD"),
])
def test_lowercase_words_are_no_hyphened_state_name(text: str, state: str) -> None:
    assert state not in states(text)


def test_an_ambassador_of_a_spaced_state_name_serves_that_state() -> None:
    found = posts("L'ambassadeur des Etats Unis au Togo, Mark Ellison, a été reçu par le Premier ministre togolais.")
    assert found["Mark Ellison"][1] == "États-Unis"


@pytest.mark.parametrize(("text", "holder", "post"), [
    ("Le président ghanéen a reçu jeudi le ministre togolais des Affaires étrangères, Ambassadeur Koffi Mensah, "
     "et une délégation.", "Koffi Mensah", "minister-of-foreign-affairs"),
    ("Le Premier ministre a reçu le directeur général de l'Agence nigérienne de sécurité, Ambassadeur Issa Moussa, "
     "à Niamey.", "Issa Moussa", "director-general"),
    ("Le chef de l'État a reçu la ministre sénégalaise de l'Intégration africaine, Ambassadrice Awa Ndiaye, au "
     "palais.", "Awa Ndiaye", "text-ministre-senegalaise-de-l-integration-africaine"),
])
def test_a_post_before_a_style_title_is_the_named_persons(text: str, holder: str, post: str) -> None:
    found = analyse_text("Titre\n" + text)
    held = {str(fact.attr("post")).removeprefix(ROLE) for fact in found.facts if fact.kind == "post"
            if fact.first("holder").label == holder}
    assert post in held


@pytest.mark.parametrize(("text", "holder"), [
    ("Le président a reçu le ministre des Affaires étrangères, l'ambassadeur Paul Ndiaye et le ministre du "
     "Commerce.", "Paul Ndiaye"),
    ("Le président a reçu le ministre des Affaires étrangères. Ambassadeur Paul Ndiaye était aussi présent.",
     "Paul Ndiaye"),
])
def test_an_ambassador_with_an_article_or_in_another_sentence_holds_no_earlier_post(text: str, holder: str) -> None:
    found = analyse_text("Titre\n" + text)
    held = {str(fact.attr("post")).removeprefix(ROLE) for fact in found.facts if fact.kind == "post"
            if fact.first("holder").label == holder}
    assert "minister-of-foreign-affairs" not in held


@pytest.mark.parametrize(("text", "holder", "state"), [
    ("Le président ghanéen a reçu jeudi le Ministre Togolais, Koffi Mensah.", "Koffi Mensah", "Togo"),
    ("Le chef de l'État a reçu le Ministre Gabonais par intérim de la Défense, Serge Ondo, au palais.", "Serge Ondo",
     "Gabon"),
])
def test_a_capitalised_title_and_demonym_name_a_state_not_a_firm(text: str, holder: str, state: str) -> None:
    assert posts(text)[holder][1] == state

