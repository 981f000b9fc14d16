"""A seat a state gives one person at a time, once the article gave it (sentences written for these tests): a
second holder of that post whom the sentence names no state for is not guessed into the same state (« le ministre
japonais de la Défense, A » told, « le ministre de la Défense B » is not Japan's)."""

from __future__ import annotations

import pytest

from tests.conftest import post_states


@pytest.mark.parametrize(("text", "holder", "taken"), [
    ("Le Japon et l'Australie renforcent leur coopération. Le ministre japonais de la Défense, Ken Sato, a reçu "
     "à Tokyo une délégation australienne. Le Japon a salué ce partenariat. Le ministre de la Défense Tom Baxter "
     "a signé un accord.", "Tom Baxter", "Japon"),
    ("Le Brésil et l'Argentine ont tenu des consultations. Le ministre brésilien des Affaires étrangères, Paulo "
     "Lemos, a accueilli ses hôtes à Brasilia. Le Brésil veut relancer le Mercosur. Le ministre des Affaires "
     "étrangères Diego Ferrari a salué l'accueil.", "Diego Ferrari", "Brésil"),
])
def test_a_taken_seat_is_no_guess(text: str, holder: str, taken: str) -> None:
    found = post_states(text)
    assert holder in found and found[holder] != taken


@pytest.mark.parametrize(("text", "holder", "state"), [
    # the seat is not taken: the article's state as before
    ("Le Japon renforce sa défense. Le Japon a salué ce partenariat avec l'Australie. Le ministre de la Défense Ken "
     "Sato a signé un accord.", "Ken Sato", "Japon"),
    # another seat is taken (foreign affairs), not this one
    ("Le Japon renforce sa défense. La ministre japonaise des Affaires étrangères, Aiko Mori, a salué ce "
     "partenariat. Le Japon veut aller plus loin. Le ministre de la Défense Ken Sato a signé un accord.",
     "Ken Sato", "Japon"),
])
def test_a_free_seat_keeps_its_guess(text: str, holder: str, state: str) -> None:
    assert post_states(text).get(holder) == state
