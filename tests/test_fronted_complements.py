"""« Voisin de X, Y a ... », « Frontalier de X, Y a ... »: a complement set before the clause names no conjunct
of its subject; a list of actors before the verb still does. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_fronted_complement_is_no_subject() -> None:
    assert supplies("Frontalier de la Chine, le Vietnam a acheté des armements à l'Inde.") == {("inde", "vietnam")}


def test_a_fronted_list_of_subjects_still_supplies() -> None:
    assert supplies("La Russie, la Chine et l'Iran ont livré des armes au Venezuela.") == \
        {("russie", "venezuela"), ("chine", "venezuela"), ("iran", "venezuela")}
