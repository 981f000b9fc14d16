"""The one met told after a bare noun of manner (sentences written for these tests): « X a reçu en audience Y,
ministre de B »: the parser hangs Y on « audience »; Y is met. One of the host's own state, and a thing received,
are no talks."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import talks_told


@pytest.mark.parametrize(("text", "sides"), [
    pytest.param("Le président ghanéen a reçu en audience Samuel Okudzeto, ministre togolais de la Santé.",
                 {"Ghana", "Togo"}, id="en-audience"),
    pytest.param("Le chef de l'État sénégalais a reçu ce mardi en audience Amadou Keïta, ministre des Mines de la "
                 "République du Mali.", {"Sénégal", "Mali"}, id="date-before-en-audience"),
])
def test_person_after_en_audience_is_met(text: str, sides: set[str]) -> None:
    assert any(found >= sides for found, _ in talks_told(text, dt.date(2024, 3, 15)))


@pytest.mark.parametrize("text", [
    pytest.param("Le président ghanéen a reçu en audience Kwame Mensah, ministre ghanéen de la Santé.",
                 id="own-state"),
    pytest.param("Le président ghanéen a reçu en cadeau une sculpture de Kofi Antubam, artiste togolais.",
                 id="gift"),
])
def test_no_talks_from_en_audience(text: str) -> None:
    assert not any(len(found) >= 2 for found, _ in talks_told(text, dt.date(2024, 3, 15)))
