"""Talks in sentences written for the purpose: a stop made on the way (« un détour par X »)."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


DETOURS = [
    ("De retour d'un forum, le ministre ghanéen de la Défense a fait un détour par Lisbonne pour parler de sécurité.",
     talks_each(({"Ghana", "Portugal"}, {"Lisbonne"}))),
    ("Avant de rentrer, la ministre suédoise de la Défense a effectué un crochet par le Kenya.",
     talks_each(({"Suède", "Kenya"}, {"Kenya"}))),
]


@pytest.mark.parametrize(("text", "told"), DETOURS)
def test_a_detour_is_a_visit(text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« un détour par X », « un crochet par X »: the state or city gone through is visited."""
    assert _told(text) == told


NO_DETOURS = [
    "Le ministre ghanéen de la Défense a répondu sans détour aux questions sur le Portugal.",
    "Au détour d'un discours sur la défense, le ministre ghanéen a cité le Portugal.",
    "Le convoi militaire ghanéen a fait un détour par le Togo à cause des pluies.",
]


@pytest.mark.parametrize("text", NO_DETOURS)
def test_no_detour_without_a_place_gone_through(text: str) -> None:
    """« sans détour », « au détour de », or a convoy's detour: no visit of state."""
    assert _told(text) == []


def test_a_meeting_told_after_apres_que_is_held() -> None:
    """« X envisage ..., après que A a rencontré B »: a past clause of time states its meeting; the plan over it
    makes only the plan possible."""
    told = _told("Le Mali envisage d'acheter des blindés, après que le ministre malien de la Défense a rencontré "
                 "son homologue turc à Ankara.")
    assert told == talks_each(({"Mali", "Turquie"}, {"Ankara"}))


@pytest.mark.parametrize("text", [
    "Le Mali envisage d'acheter des blindés après que le ministre malien de la Défense aura rencontré son homologue "
    "turc à Ankara.",
    "Le ministre malien de la Défense pourrait rencontrer son homologue turc à Ankara, après que le Mali a commandé "
    "des blindés.",
])
def test_a_meeting_still_planned_is_not_held(text: str) -> None:
    """A meeting told in the future perfect, or itself under the plan, is no talks held."""
    assert _told(text) == []
