"""Talks told during an occasion that a participle of holding places in a city (« signé ... pendant une cérémonie
organisée au siège du ministère à Lima »): the city is their venue; a participle of another kind, or an occasion that
frames no talks, places nothing. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

HELD = [
    Case("signed-at-a-ceremony-held-at-a-ministry", "Le contrat a été signé par le ministre péruvien de la Défense, "
         "Carlos Ruiz, et l'amiral chilien Pedro Soto, pendant une cérémonie organisée au siège du ministère à "
         "Lima.", "negotiation", {"participant": {"Pérou", "Chili"}}, venues={"Lima"}),
    Case("signed-at-a-ceremony-held-in-a-city", "Le contrat a été signé par le ministre péruvien de la Défense, "
         "Carlos Ruiz, et l'amiral chilien Pedro Soto, pendant une cérémonie organisée à Lima.", "negotiation",
         {"participant": {"Pérou", "Chili"}}, venues={"Lima"}),
]


@pytest.mark.parametrize("case", params(HELD))
def test_an_occasion_held_in_a_city_places_the_talks_told_during_it(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    "Le contrat a été signé par le ministre péruvien de la Défense, Carlos Ruiz, et l'amiral chilien Pedro Soto, "
    "pendant une cérémonie retransmise à Lima.",
    "Le contrat a été signé par le ministre péruvien de la Défense, Carlos Ruiz, et l'amiral chilien Pedro Soto, "
    "que la presse a comparé à une cérémonie organisée à Lima.",
])
def test_an_occasion_not_held_there_places_nothing(sentence: str) -> None:
    talks = [f for f in analyse_text(f"Titre\n{sentence}", published=PUBLISHED).facts if f.kind == "negotiation"]
    assert talks
    assert not [e for f in talks for part in f.parts for e in part.get("place")]
