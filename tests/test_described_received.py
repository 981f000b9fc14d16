"""An official a participle of receiving describes (sentences written for these tests): « Le ministre A de la
Défense reçu par le roi de B » (a headline), « Le président A, reçu par son homologue B, a ... »: the official met
the « par » agent. A thing received (« des drones reçus par l'armée ») is no meeting."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import talks_each, talks_told


def _headline_talks(text: str) -> list[set[str]]:
    facts = analyse_text(text).facts
    return [{e.label for e in f.get("participant")} for f in facts if f.kind == "negotiation"
            and f.modality.value in {"asserted", "reported"}]


@pytest.mark.parametrize(("text", "sides"), [
    pytest.param("Le ministre brésilien de la Défense, reçu par le roi du Maroc, a salué la coopération.",
                 {"Brésil", "Maroc"}, id="between-commas"),
    pytest.param("Le Premier ministre néerlandais, accueilli par le président kényan, a visité le port.",
                 {"Pays-Bas", "Kenya"}, id="accueilli"),
])
def test_official_described_as_received(text: str, sides: set[str]) -> None:
    assert talks_told(text, None) == talks_each((sides, set()))


def test_headline_official_received() -> None:
    text = "Le ministre brésilien de la Défense reçu par le roi du Maroc\n\nLe ministre a entamé une tournée."
    assert {"Brésil", "Maroc"} in _headline_talks(text)


@pytest.mark.parametrize("text", [
    pytest.param("Les drones turcs reçus par l'armée malienne ont été déployés dans le nord.", id="things"),
    pytest.param("Les fonds reçus par le ministère kényan viennent du Japon.", id="money"),
])
def test_things_received_are_no_meeting(text: str) -> None:
    assert talks_told(text, None) == []


def test_headline_participle_read_as_root() -> None:
    text = "Le ministre espagnol de la Défense reçu par l'émir du Qatar\n\nLe ministre a entamé une tournée."
    assert {"Espagne", "Qatar"} in _headline_talks(text)
