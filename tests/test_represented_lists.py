"""Who stands for each state in a list of representatives (sentences written for these tests): « L'Espagne était
représentée par le ministre X, le Portugal par le vice-Premier ministre Y »: each title serves the state named
before its « par »."""

from __future__ import annotations

import pytest

from tests.conftest import post_states


@pytest.mark.parametrize(("text", "expected"), [
    ("Le sommet s'est tenu à Rome. L'Espagne était représentée par le ministre des Affaires étrangères José "
     "Albares, le Portugal par le vice-Premier ministre Paulo Portas.",
     {"José Albares": "Espagne", "Paulo Portas": "Portugal"}),
    ("La conférence s'est ouverte à Vienne. La Hongrie est représentée par le Premier ministre, Janos Varga, et "
     "la Slovaquie par le vice-Premier ministre, Peter Kmec.",
     {"Janos Varga": "Hongrie", "Peter Kmec": "Slovaquie"}),
    ("La réunion s'est tenue à Manama. Le Royaume de Jordanie était représenté par le vice-Premier ministre, Son "
     "Altesse Zayd ben Karim.", {"Zayd ben Karim": "Jordanie"}),
    ("La réunion s'est tenue à Manama. La Jordanie était représentée par le vice-Premier ministre, Son Altesse "
     "Zayd ben Karim.", {"Zayd ben Karim": "Jordanie"}),
])
def test_each_title_serves_the_state_named_before_par(text: str, expected: dict[str, str]) -> None:
    found = post_states(text)
    for holder, state in expected.items():
        assert found.get(holder) == state, (holder, found)


@pytest.mark.parametrize(("text", "holder", "state"), [
    # « par » without a list of representatives: the usual reading (no state from the word before)
    ("Le Chili a été salué par le ministre de la Défense Pedro Ruiz, qui a reçu son homologue péruvien.",
     "Pedro Ruiz", "Pérou"),
])
def test_par_alone_lists_no_one(text: str, holder: str, state: str) -> None:
    assert post_states(text).get(holder) != state
