"""Talks whose verb of taking place the parser leaves with no subject, where a fronted phrase or a compound title
breaks the sentence (« Au siège du commandement, la réunion des chefs d'état-major ... s'est tenue à Cali »): the
talks' noun before the verb is its subject, its city their venue. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

HELD = [
    Case("fronted-site-and-led-meeting", "Au quartier général de la base, la deuxième réunion des chefs "
         "d'état-major conduite par la Force aérienne colombienne et la Force aérienne péruvienne s'est tenue à "
         "Cali.", "negotiation", {"participant": {"Colombie", "Pérou"}}, venues={"Cali"}),
    Case("fronted-purpose-and-unknown-town", "Pour renforcer la coopération, la troisième réunion des chefs des "
         "armées de l'air colombienne et équatorienne s'est tenue à Rionegro, Antioquia.", "negotiation",
         {"participant": {"Colombie", "Équateur"}}, venues={"Rionegro"}),
]


@pytest.mark.parametrize("case", params(HELD))
def test_a_subjectless_verb_of_taking_place_places_the_talks_before_it(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    "Après la réunion des chefs d'état-major conduite par la Force aérienne colombienne et la Force aérienne "
    "péruvienne, un défilé s'est tenu à Cali.",
    "La réunion des chefs d'état-major des forces colombienne et péruvienne a été reportée, le défilé s'est "
    "tenu à Cali.",
])
def test_a_verb_with_a_subject_of_its_own_places_nothing(sentence: str) -> None:
    talks = [f for f in analyse_text(f"Titre\n{sentence}", published=PUBLISHED).facts if f.kind == "negotiation"]
    assert not [e for f in talks for part in f.parts for e in part.get("place")]
