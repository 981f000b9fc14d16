"""Talks told by what one official says to another during them (session 41): « X a indiqué au président Y lors
d'un entretien que ... » — the speaker and the official addressed held the talks the frame of time names. An
addressee who is no official, talks that name sides of their own, or one state on both sides are none. Sentences
and names written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import negotiation_sides
from tests.test_extractors import PUBLISHED


def _talks(text: str) -> list[set[str]]:
    return negotiation_sides(f"Titre\n{text}", PUBLISHED)


@pytest.mark.parametrize(("text", "sides"), [
    ("Le ministre espagnol des Affaires étrangères a indiqué au président tunisien lors d'un entretien à Tunis que "
     "l'aide serait versée.", {"Espagne", "Tunisie"}),
    ("La ministre allemande a assuré au Premier ministre kényan, lors d'une rencontre à Nairobi, que les fonds "
     "seraient débloqués.", {"Allemagne", "Kenya"}),
    ("Le président ghanéen a confirmé à son homologue ivoirien au cours d'un entretien que la frontière resterait "
     "ouverte.", {"Ghana", "Côte d'Ivoire"}),
])
def test_speaker_and_official_addressed_held_the_talks(text: str, sides: set[str]) -> None:
    assert sides in _talks(text)


@pytest.mark.parametrize("text", [
    "Le ministre espagnol a rendu hommage au président tunisien lors de la réunion du conseil.",
    "Le ministre espagnol a indiqué au journal El País lors d'un entretien que l'aide serait versée.",
    "Le président tunisien a écrit au Premier ministre tunisien lors d'une réunion que l'aide serait versée.",
])
def test_no_talks_with_the_one_addressed(text: str) -> None:
    assert not [s for s in _talks(text) if len(s) >= 2]


def test_talks_of_their_own_keep_their_sides() -> None:
    talks = _talks("Le ministre espagnol a indiqué au président tunisien lors de son entretien avec le roi du Maroc "
                   "que l'aide serait versée.")
    assert {"Espagne", "Tunisie"} not in talks
