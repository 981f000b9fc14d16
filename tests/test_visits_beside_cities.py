"""A state visited beside a city of another state (session 46): talks between the same two sides told on two trips
(« la visite de X au Venezuela », « le président vénézuélien s'était rendu à Moscou ») are one negotiation held in
both places; a city of the state visited still stands for it. Sentences written for the purpose."""

from __future__ import annotations

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def test_a_state_visited_stays_beside_a_city_of_the_other_side() -> None:
    text = "La visite du vice-Premier ministre russe au Venezuela s'est déroulée dans un climat cordial. La semaine " \
        "dernière, le président vénézuélien s'était rendu à Moscou pour rencontrer le président russe."
    assert talks_told(text, PUBLISHED) == talks_each(({"Russie", "Venezuela"}, {"Venezuela", "Moscou"}))


def test_a_city_of_the_state_visited_stands_for_it() -> None:
    text = "Le vice-Premier ministre russe, en visite au Venezuela, a rencontré jeudi le président vénézuélien. Les " \
        "deux hommes se sont de nouveau entretenus vendredi à Caracas."
    assert talks_told(text, PUBLISHED) == talks_each(({"Russie", "Venezuela"}, {"Caracas"}))
