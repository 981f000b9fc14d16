"""Deals of the past told in the background: « Un premier contrat avait été conclu en 2012 » in the pluperfect, with
no side in its sentence, takes no sides from the states named close by (another buyer, a place of delivery). A deal
signed at the visit told, or reported in the pluperfect under a verb of saying, keeps the story's sides. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import agreements


@pytest.mark.parametrize("text", [
    "Selon la presse, six appareils ont été livrés au Laos et d'autres à la Thaïlande. Un premier contrat avait été "
    "conclu en 2012 pour quatre appareils.",
    "Des drones ont été vendus à la Zambie, puis au Malawi. Un accord de maintenance avait été signé en 2016.",
])
def test_a_deal_of_the_past_takes_no_sides_from_the_states_near_it(text: str) -> None:
    assert agreements(text) == []


@pytest.mark.parametrize(("text", "pair"), [
    ("Le président du Ghana s'est rendu au Togo. Un accord de défense a été signé lors de la visite.",
     {"ghana", "togo"}),
    ("Le ministre chilien a reçu son homologue péruvien. Le ministère a annoncé qu'un accord avait été signé la "
     "veille.", {"chili", "perou"}),
    ("La Zambie et le Malawi avaient signé un accord de défense en 2016.", {"zambie", "malawi"}),
])
def test_a_deal_of_the_story_or_with_its_sides_stays(text: str, pair: set[str]) -> None:
    assert agreements(text) == [pair]
