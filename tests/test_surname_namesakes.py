"""A lone surname, alone or after a title, is first the person of the article whose full name ends with it, before
the famous namesake of the reference data (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


def people(text: str) -> dict[str, str | None]:
    """Label -> reference IRI of the people a text names."""
    found = analyse_text("Titre\n" + text)
    return {m.label: m.iri for m in found.mentions.values() if m.cls == "Person"}


@pytest.mark.parametrize(("text", "person"), [
    ("L'ambassadeur néerlandais au Maroc, Pieter Rutte, a reçu le ministre marocain de la Défense à Rabat. Selon "
     "l'ambassadeur Rutte, la coopération militaire progresse.", "Pieter Rutte"),
    ("Le député belge Marc Lavrov a visité une base aérienne. Le député Lavrov a salué les pilotes.", "Marc Lavrov"),
    ("La ministre autrichienne de la Santé, Anna Scholz, a reçu son homologue slovène à Vienne.\n"
     "Au terme de la rencontre, la ministre Scholz a annoncé un plan commun.", "Anna Scholz"),
])
def test_a_surname_repeats_the_article_s_person_before_a_reference_namesake(text: str, person: str) -> None:
    assert people(text) == {person: None}


@pytest.mark.parametrize(("text", "iri"), [
    ("Selon l'ambassadeur Rutte, la coopération militaire progresse.", "person-mark-rutte"),
    ("Le ministre Lavrov a visité une base aérienne à Moscou.", "person-sergey-lavrov"),
    ("Le député belge Marc Dupont a visité une base aérienne. Le ministre Lavrov a salué les pilotes.",
     "person-sergey-lavrov"),
])
def test_a_surname_no_one_of_the_article_bears_is_the_reference_person(text: str, iri: str) -> None:
    assert any(found is not None and found.endswith(iri) for found in people(text).values())
