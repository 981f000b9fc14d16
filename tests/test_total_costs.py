"""« X estime le coût total du programme à N », « le coût global est évalué à N »: the total cost of the deal told
before is its worth; a cost at large (« le coût d'un char ») and a total outside arms are none. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def _sums(text: str) -> set[tuple[str, float, str]]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return {(f.kind, float(a.value), a.currency) for f in found if f.kind in {"agreement", "financing"}
            and f.modality.value in {"asserted", "reported"} for a in f.amounts}


@pytest.mark.parametrize("second", [
    pytest.param("Le Chili estime le coût total du programme à 900 millions de dollars sur vingt ans.", id="active"),
    pytest.param("Le coût global de l'opération est évalué à 900 millions de dollars.", id="passive"),
])
def test_the_total_cost_is_the_worth_of_the_deal_told_before(second: str) -> None:
    text = f"Le Chili a acheté six frégates au Royaume-Uni. {second}"
    assert ("agreement", 900e6, "USD") in _sums(text)


def test_the_cost_of_one_system_is_no_worth() -> None:
    text = "L'armée polonaise a reçu ses premiers chars. Le ministère estime le coût d'un char à 10 millions d'euros."
    assert _sums(text) == set()


def test_a_total_cost_outside_arms_is_no_deal() -> None:
    text = ("Oslo accueillera les championnats du monde. Le coût total des travaux est estimé à 2 milliards de "
            "couronnes.")
    assert _sums(text) == set()
