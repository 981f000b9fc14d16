"""Talks real pages showed: a passive signing whose first agent is a firm's official (« le contrat a été signé
par un responsable de X et le ministre A-ien »: the firm and A; not when A is the firm's home); a city abroad a
reporting verb places its speaker in (« ..., a affirmé à Y le ministre A-ien ») is the venue of talks told in the
next sentences, not a city at home. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


_BOUGHT = "Le Chili a acheté dix avions Airbus. "

FIRM_FIRST = [
    _BOUGHT + "Le contrat a été signé par un responsable d'Airbus et le ministre chilien de la Défense.",
    _BOUGHT + "Le contrat a été signé par le PDG d'Airbus et le ministre chilien de la Défense Pedro Soto.",
]


@pytest.mark.parametrize("text", FIRM_FIRST)
def test_a_firms_official_first_among_the_agents_of_a_signing_is_a_side(text: str) -> None:
    """« signé par un responsable de X et le ministre A-ien »: X and A."""
    assert _told(text) == talks_each(({"Chili", "Airbus"}, set()))


def test_a_firm_signing_with_its_home_state_holds_no_talks() -> None:
    """« signé par un responsable de X et le ministre A-ien », A the firm's home: one side only."""
    assert _told("Le contrat a été signé par un responsable d'Airbus et le ministre français de la Défense.") == []


_MET = " M. Durand a annoncé la vente à l'issue d'une rencontre avec son homologue chilien, Pedro Soto."


def test_a_city_abroad_a_speaker_is_placed_in_is_the_venue_of_the_talks_told_next() -> None:
    """« ..., a affirmé à Y le ministre A-ien. Il ... à l'issue d'une rencontre avec son homologue B-ien »: Y."""
    text = ("La France vendra des hélicoptères au Chili, a affirmé à Santiago le ministre français des Armées Paul "
            "Durand. Le contrat porte sur douze hélicoptères." + _MET)
    assert _told(text) == talks_each(({"France", "Chili"}, {"Santiago"}))


def test_a_city_at_home_of_the_speaker_is_no_venue_of_the_talks_told_next() -> None:
    """« ..., a affirmé à Paris le ministre français »: he may tell at home of talks held anywhere."""
    text = ("La France vendra des hélicoptères au Chili, a affirmé à Paris le ministre français des Armées Paul "
            "Durand." + _MET)
    assert _told(text) == talks_each(({"France", "Chili"}, set()))
