"""Meetings that are no talks between states (sentences written for these tests): a meeting of firms (« des
rencontres professionnelles », « un forum d'affaires ») and three states or more agreeing to supply a third
together (co-donors); talks met the same way between states, or two states agreeing a supply, still are."""

from __future__ import annotations

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _sides(text: str) -> list[set[str]]:
    return [{e.label for e in f.get("participant")} for f in analyse_text("Titre\n" + text, published=PUBLISHED).facts
            if f.kind == "negotiation"]


def test_a_meeting_of_firms_is_no_talks() -> None:
    assert _sides("Des rencontres d'affaires entre le Maroc et l'Espagne auront lieu à Rabat en mai.") == []
    assert _sides("La chambre de commerce a lancé les « Rencontres professionnelles entre le Chili et le Pérou », "
                  "prévues en juin.") == []


def test_a_meeting_of_states_is_still_talks() -> None:
    assert {"Maroc", "Espagne"} in _sides("Les rencontres entre le Maroc et l'Espagne auront lieu à Rabat en mai.")


def test_co_donors_agreeing_to_supply_are_no_sides_of_talks() -> None:
    assert _sides("La Suède a convenu avec la Norvège et la Finlande de fournir une aide militaire à l'Ukraine.") == []


def test_two_states_agreeing_still_hold_talks() -> None:
    assert {"Inde", "Russie"} in _sides("La Russie a convenu avec l'Inde de livrer cinq systèmes S-400.")
    assert {"Chili", "Bolivie", "Pérou"} in _sides("Le Chili, le Pérou et la Bolivie ont convenu de relancer les "
                                                   "discussions sur la frontière.")
