"""A state's short name the press gives it in a post's title (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from tests.conftest import talks_told


def test_president_of_the_faso_serves_burkina_faso() -> None:
    """« le Président du Faso »: the short name the press gives Burkina Faso (states.ttl) names the post's state;
    his meeting with an official of his own state is no talks."""
    assert any(found >= {"Burkina Faso", "Niger"} for found, _ in talks_told(
        "Le Président du Faso a reçu vendredi le ministre nigérien de l'Intérieur.", dt.date(2024, 3, 15)))
    assert not any(len(found) >= 2 for found, _ in talks_told(
        "Le Président du Faso a reçu vendredi le ministre burkinabè de l'Intérieur.", dt.date(2024, 3, 15)))
