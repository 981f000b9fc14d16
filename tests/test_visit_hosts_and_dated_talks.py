"""Talks: a visit's host read from the place its phrase ends with, talks a plan is dated from, leaders known by
name alone, handovers that are no talks; sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


NO_HANDOVER_TALKS = [
    "Le Japon a remis dix véhicules blindés au Togo.",
    "Le ministre togolais de la Défense a remis une médaille au ministre togolais de l'Intérieur.",
    "La remise de ces véhicules a eu lieu à Lomé en présence du ministre togolais de la Défense.",
]


@pytest.mark.parametrize("text", NO_HANDOVER_TALKS)
def test_a_handover_between_states_or_within_one_is_no_talks(text: str) -> None:
    """A handover is no talks (officials handing matériel over in person were read as talks, then taken back: a
    never-read set lost by it)."""
    assert _told(text) == []


VISIT_PHRASE_ENDS = [
    ("Le ministre péruvien de la Défense a indiqué que cet accord avait été évoqué lors de la visite du président "
     "péruvien Paul Martin à Moscou.",
     talks_each(({"Pérou", "Russie"}, {"Moscou"}))),
    ("En juillet, le Qatar a accepté d'acheter des blindés turcs lors de la visite du président turc Jean Dupont "
     "dans l'État du Golfe.",
     talks_each(({"Turquie", "Qatar"}, {"Qatar"}))),
]


@pytest.mark.parametrize(("text", "told"), VISIT_PHRASE_ENDS)
def test_the_place_a_visit_phrase_ends_with_is_its_host(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« la visite du président X à V », « ... dans l'État du Golfe » (the state told before): talks with its host."""
    assert _told(text) == told


def test_a_visit_phrase_ending_at_no_state_has_no_host() -> None:
    """« la visite du président X à l'usine »: no state visited, no talks."""
    assert _told("Le contrat a été évoqué lors de la visite du président turc Jean Dupont à l'usine.") == []


LEADERS_OF_THE_REFERENCE = [
    ("Une rencontre entre Angela Merkel et Barack Obama a eu lieu mardi à Berlin.",
     talks_each(({"Allemagne", "États-Unis"}, {"Berlin"}))),
    ("Le ministre indien de la Défense s'est entretenu à Canberra avec Richard Marles.",
     talks_each(({"Inde", "Australie"}, {"Canberra"}))),
]


@pytest.mark.parametrize(("text", "told"), LEADERS_OF_THE_REFERENCE)
def test_leaders_known_by_name_alone_talk_for_their_states(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """Leaders and ministers of the reference data (ontology/reference/people.ttl) need no title to be a side."""
    assert _told(text) == told


def test_talks_a_plan_is_dated_from_are_told_as_held() -> None:
    """« X envisage d'acheter ..., au lendemain d'une rencontre entre A et B »: the plan is only possible, the
    meeting it follows took place."""
    text = ("L'Égypte envisage d'acheter des avions de combat, a annoncé mercredi le constructeur, au lendemain "
            "d'une rencontre entre le président égyptien et le Premier ministre britannique à Londres.")
    assert _told(text) == talks_each(({"Égypte", "Royaume-Uni"}, {"Londres"}))


def test_a_letter_handed_over_is_no_handover_of_matériel() -> None:
    """« A a remis au président de B une lettre »: a message, not matériel handed over at a ceremony."""
    text = "Le ministre grec de la Défense, Jean Dupont, a remis au président croate une lettre l'invitant à Athènes."
    assert _told(text) == []
