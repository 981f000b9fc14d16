"""A work on a force told with a demonym (« moderniser l'artillerie indienne »): the demonym names whose force it
is, the client; on systems (« des hélicoptères américains ») it names where they come from, no client.
Sentences written for these tests."""

from __future__ import annotations

from tests.test_supply import agreements


def test_a_demonym_on_the_force_worked_on_names_the_client() -> None:
    text = "En 2019, Ankara a décroché un contrat pour moderniser l'artillerie pakistanaise."
    assert {"turquie", "pakistan"} in agreements(text)


def test_a_firm_wins_a_work_on_a_navy_told_by_its_demonym() -> None:
    text = "Naval Group a remporté un contrat pour moderniser la marine égyptienne."
    assert {"naval group", "egypte"} in agreements(text)


def test_a_demonym_on_the_systems_worked_on_names_no_client() -> None:
    text = "Thales a décroché un contrat pour moderniser des hélicoptères américains."
    assert not any("etats-unis" in a for a in agreements(text))
