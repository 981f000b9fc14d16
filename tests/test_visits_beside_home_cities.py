"""A state visited beside a city of the visitor's own state: talks between the same two sides told on two trips
(a visit to the host's country now, a meeting at the visitor's home before) are one negotiation held in both places;
a city of the state visited, or of a third state, still stands alone. Sentences written for the purpose."""

from __future__ import annotations

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def test_a_state_visited_stays_beside_a_city_of_the_visitors_state() -> None:
    text = "La visite du ministre péruvien de la Défense au Chili s'est déroulée dans un climat cordial. Le mois " \
        "dernier, le ministre chilien de la Défense s'était rendu à Lima pour rencontrer le président péruvien."
    assert talks_told(text, PUBLISHED) == talks_each(({"Chili", "Pérou"}, {"Chili", "Lima"}))


def test_a_city_of_the_state_visited_stands_for_it() -> None:
    text = "Le ministre péruvien de la Défense, en visite au Chili, a rencontré jeudi le président chilien. Les " \
        "deux hommes se sont de nouveau entretenus vendredi à Santiago."
    assert talks_told(text, PUBLISHED) == talks_each(({"Chili", "Pérou"}, {"Santiago"}))


def test_a_city_of_a_third_state_stands_for_the_state_visited() -> None:
    text = "La visite du ministre péruvien de la Défense au Chili s'est déroulée dans un climat cordial. Le mois " \
        "dernier, le ministre chilien de la Défense avait rencontré le président péruvien à Quito."
    assert talks_told(text, PUBLISHED) == talks_each(({"Chili", "Pérou"}, {"Quito"}))
