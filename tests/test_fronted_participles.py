"""A past participle of purchase that opens the sentence describes the subject of the main clause after it
(« Acheté en mars par X, le système W ... »): X bought W, from the state of W's makers the article names. A
participle whose main subject is no system, or a participle of another verb, tells no purchase. Sentences and names
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)


def _supplies(text: str) -> list[Fact]:
    return [f for f in analyse_text(f"Titre\n{text}", PUBLISHED).facts
            if f.kind == "support" and f.modality.value in {"asserted", "reported"}]


def _told(found: list[Fact]) -> set[tuple[str, str, str]]:
    return {(fold(s.label), fold(r.label), fold(w.label)) for f in found for s in f.get("supporter")
            for r in f.get("recipient") for w in f.get("weapon")}


@pytest.mark.parametrize(("text", "told"), [
    ("L'industrie sud-coréenne multiplie les contrats. Acheté au mois de mai par la Pologne, le K9 connaît un "
     "nouveau succès en Europe.", ("coree du sud", "pologne", "k9 thunder")),
    ("Les industriels français exportent. Acquis l'an dernier par le Chili, le canon Caesar équipe déjà deux "
     "régiments.", ("france", "chili", "caesar")),
])
def test_a_fronted_participle_of_purchase_tells_who_bought_the_subject(text: str,
                                                                       told: tuple[str, str, str]) -> None:
    assert told in _told(_supplies(text))


@pytest.mark.parametrize("text", [
    # the main subject is no system: the participle describes the minister
    "Les industriels français exportent. Acquis à la cause du Chili, le ministre a évoqué le canon Caesar.",
    # a participle of another verb
    "Les industriels français exportent. Présenté en mars au Chili, le canon Caesar a séduit les visiteurs.",
])
def test_no_purchase_where_the_participle_describes_no_system_bought(text: str) -> None:
    assert not any(r == "chili" for _, r, _ in _told(_supplies(text)))
