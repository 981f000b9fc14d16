"""A post named by another of its names than its label keeps the words the article writes (sentences written for
these tests): « le chef du gouvernement » is not rewritten « Premier ministre »."""

from __future__ import annotations

import pytest

from kg.gazetteer import load
from kg.pipeline import analyse_text
from tests.conftest import posts_told


def forms(text: str) -> dict[str, str | None]:
    """Holder -> the post as written (None when the label is the article's own words)."""
    return {p.holder: p.form for p in posts_told(text)}


@pytest.mark.parametrize(("sentence", "form"), [
    ("Le chef du gouvernement de transition du Mali, Abdou Traoré, a reçu la délégation.", "chef du gouvernement"),
    ("La cheffe de la diplomatie norvégienne, Ingrid Lund, a salué l'accord.", "cheffe de la diplomatie"),
    ("Selon le chef de la diplomatie du Chili, Pablo Reyes, la vente aura lieu.", "chef de la diplomatie"),
])
def test_a_post_named_by_another_name_keeps_the_written_words(sentence: str, form: str) -> None:
    assert form in forms(sentence).values()


@pytest.mark.parametrize(("sentence", "form"), [
    ("Le ministre belge des Armées Luc Peeters a reçu la délégation.", "ministre des Armées"),
    ("Piet Janssens, ministre néerlandais des Armées, a inspecté la frégate.", "ministre des Armées"),
    ("La cheffe de la diplomatie suédoise, Karin Berg, a salué l'accord.", "cheffe de la diplomatie"),
])
def test_a_demonym_inside_the_title_is_left_out_of_the_written_words(sentence: str, form: str) -> None:
    """« le ministre belge des Armées »: the state is the post's org; the post is named as the article does."""
    assert form in forms(sentence).values()


@pytest.mark.parametrize("sentence", [
    "Le ministre norvégien de la Défense, Lars Holm, a salué l'accord.",
    "Le ministre belge des Affaires étrangères, Luc Peeters, a salué l'accord.",
    "Les ministres des Affaires étrangères norvégien et danois, Ingrid Lund et Per Olsen, ont signé.",
    "Le ministre norvégien de la Défense Lars Holm a reçu son homologue danois Per Olsen.",
])
def test_a_post_written_as_its_label_plural_or_counterpart_keeps_the_label(sentence: str) -> None:
    assert set(forms(sentence).values()) == {None}


@pytest.mark.parametrize(("sentence", "holder"), [
    ("Accueilli par son homologue (ministre des Armées) Paul Durand, le général a visité la base.", "Paul Durand"),
    ("Le ministre suédois a vu lundi son homologue (ministre de la Défense) Jonas Lindqvist.", "Jonas Lindqvist"),
    ("Elle a été reçue par son homologue (ministre de l'Intérieur) Anna Berg, puis par le roi.", "Anna Berg"),
])
def test_post_in_brackets_between_counterpart_and_name(sentence: str, holder: str) -> None:
    """« son homologue (ministre des Armées) X »: the post in brackets is the name's that follows it."""
    found = analyse_text("Titre\n" + sentence)
    assert holder in {f.first("holder").label for f in found.facts if f.kind == "post"}


def test_brackets_closing_a_post_before_a_verb_give_it_no_holder() -> None:
    found = analyse_text("Titre\nLes ministres (de la Défense) Ont Signé la déclaration commune.")
    assert not [f for f in found.facts if f.kind == "post"]


@pytest.mark.parametrize(("sentence", "holder", "post", "body"), [
    ("Le patron de la diplomatie tchèque, Tomas Kral, s'est entretenu avec son homologue slovaque.",
     "Tomas Kral", "ministre des Affaires étrangères", "République tchèque"),
    ("La patronne de la diplomatie finlandaise, Anna Virtanen, a reçu son homologue estonien.",
     "Anna Virtanen", "ministre des Affaires étrangères", "Finlande"),
    ("Le patron du Pentagone, John Miller, s'est rendu à Séoul.", "John Miller", "secrétaire à la Défense",
     "États-Unis"),
    ("Le patron de Thales, Marc Durand, a signé le contrat.", "Marc Durand", "PDG", "Thales"),
])
def test_a_post_named_by_a_by_name_keeps_its_label(sentence: str, holder: str, post: str, body: str) -> None:
    """« le patron de la diplomatie », « le patron de Thales »: a by-name of a post (skos:hiddenLabel) is read as
    the post, written as its label, in the state or company it names."""
    found = analyse_text("Titre\n" + sentence)
    gaz = load()
    got = {(f.first("holder").label, f.attr("post_form") or gaz.label[f.attr("post") or ""],
            org.label if (org := f.first("org")) else None) for f in found.facts if f.kind == "post"}
    assert got == {(holder, post, body)}


@pytest.mark.parametrize(("sentence", "holder", "org"), [
    ("Ce contrat, signé par « le Secrétaire Permanent de la CEDEAO, SEM. Omar Touray, et M. Jean Dupont », prévoit "
     "la livraison de camions.", "Omar Touray", "CEDEAO"),
    ("Le ministre a reçu SEM. Omar Touray, président de la Commission de la CEDEAO.", "Omar Touray", "CEDEAO"),
])
def test_a_civility_written_with_a_full_stop_stands_between_the_title_and_its_holder(sentence: str, holder: str,
                                                                                        org: str) -> None:
    found = analyse_text("Titre\n" + sentence)
    assert any(f.first("holder").label == holder and f.first("org").label == org
               for f in found.facts if f.kind == "post" and f.first("org") is not None)


@pytest.mark.parametrize(("sentence", "orgs"), [
    ("Le directeur général de l'Institut d'études stratégiques de la défense (Chili), Carlos Ruiz, a parlé.",
     {"Chili"}),
    ("Cela a été annoncé par le directeur de l'Agence spatiale (Pérou), Ana Flores.", {"Pérou"}),
])
def test_a_state_in_brackets_after_a_title_s_complement_is_passed_to_the_holder(sentence: str,
                                                                               orgs: set[str]) -> None:
    found = analyse_text("Titre\n" + sentence)
    assert {f.first("org").label for f in found.facts if f.kind == "post" and f.first("org") is not None} == orgs


@pytest.mark.parametrize("sentence", [
    "Le ministre des Armées du Gabon, Me Paul Ndong, a présidé la cérémonie.",
    "Selon le ministre de la Défense du Gabon, Maître Paul Ndong, les avions sont arrivés.",
])
def test_a_lawyers_style_between_title_and_name_keeps_the_post_and_its_state(sentence: str) -> None:
    found = analyse_text("Titre\n" + sentence)
    assert [(f.first("holder").label, f.first("org").label) for f in found.facts if f.kind == "post"] == [
        ("Paul Ndong", "Gabon")]


def test_a_capitalised_title_the_ner_reads_as_a_firm_is_no_organisation_of_the_post() -> None:
    found = analyse_text("Titre\nPetr Dvorak, Directeur Ventes, a confirmé la commande.")
    assert [f.first("org") for f in found.facts if f.kind == "post"] == [None]
    assert not [e for e in found.mentions.values() if e.cls == "Organisation"]


def test_a_name_after_a_title_closed_by_a_bracket_is_a_person_the_ner_called_a_place() -> None:
    found = analyse_text("Titre\nLa cérémonie s'est déroulée en présence de hauts responsables, dont le "
                         "vice-amiral du secrétaire à la Défense du Kenya, Nuwan Pathirana (à la retraite).")
    assert "Nuwan Pathirana" in {e.label for e in found.mentions.values() if e.cls == "Person"}
