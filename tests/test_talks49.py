"""Talks of session 49, in sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


FRAMED_BY_A_VISIT = [
    ("En marge de sa visite officielle à Ankara, le ministre serbe de la Défense a rencontré le chef d'état-major "
     "de l'armée pakistanaise.",
     talks_each(({"Serbie", "Pakistan"}, {"Ankara"}))),
    ("En marge de sa visite de travail à Lisbonne, la ministre suédoise de la Défense s'est entretenue avec son "
     "homologue brésilien.",
     talks_each(({"Suède", "Brésil"}, {"Lisbonne"}))),
    ("En marge de sa visite de travail à Madrid, le colonel Ivan Novak, ministre serbe de la Défense, a "
     "rencontré le général Ali Karimi, chef d'état-major de l'armée de la République islamique d'Iran.",
     talks_each(({"Serbie", "Iran"}, {"Madrid"}))),
]


@pytest.mark.parametrize(("text", "told"), FRAMED_BY_A_VISIT)
def test_a_visit_framing_a_meeting_with_a_third_state_is_no_talks_with_the_host(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« En marge de sa visite à V, A a rencontré B » (B of another state): only A and B talk, in V."""
    assert _told(text) == told


HOST_MET_DURING_A_VISIT = [
    ("En marge de sa visite officielle à Ankara, le ministre serbe de la Défense a rencontré son homologue turc.",
     talks_each(({"Serbie", "Turquie"}, {"Ankara"}))),
    ("Lors de sa visite officielle à Ankara, le ministre serbe de la Défense a visité une usine d'armement.",
     talks_each(({"Serbie", "Turquie"}, {"Ankara"}))),
]


@pytest.mark.parametrize(("text", "told"), HOST_MET_DURING_A_VISIT)
def test_a_visit_whose_meeting_is_with_the_host_still_talks_with_it(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """The host met, or no one else met: the visit stays talks with the host."""
    assert _told(text) == told
