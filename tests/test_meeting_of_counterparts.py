"""A meeting of one's counterparts (« le ministre A-ien a ouvert une réunion de ses homologues de B et de C »,
« ..., inaugurant une réunion de ses homologues de l'organisation X »): the one who opens or chairs it and the
counterparts the possessive ties to them are its sides. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import parties_and_places as _found


@pytest.mark.parametrize(("text", "sides"), [
    ("Le ministre ghanéen de la Défense a ouvert mardi à Accra une réunion de ses homologues du Togo et du Bénin.",
     {"Ghana", "Togo", "Bénin"}),
    ("La sécurité maritime reste fragile, a estimé lundi la ministre chilienne des Affaires étrangères, présidant "
     "une réunion de ses homologues de l'Union africaine.", {"Chili", "Union africaine"}),
    ("Le ministre norvégien des Affaires étrangères a présidé une réunion de ses homologues de la Ligue arabe.",
     {"Norvège", "Ligue arabe"}),
])
def test_meeting_of_counterparts(text: str, sides: set[str]) -> None:
    assert any(found == sides for found, _places in _found(text)), _found(text)


@pytest.mark.parametrize("text", [
    "Le ministre ghanéen de la Défense a critiqué la réunion des ministres.",  # no counterparts named
    "Le ministre ghanéen de la Défense a ouvert une réunion de ses homologues.",  # from nowhere said
    "Le ministre ghanéen a ouvert une réunion de ses homologues ghanéens.",  # his own state's officials
    "Le ministre ghanéen de la Défense a ouvert une réunion de ses services.",  # no counterparts
])
def test_no_meeting_of_counterparts(text: str) -> None:
    assert _found(text) == []
