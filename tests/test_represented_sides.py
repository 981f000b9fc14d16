"""A deal whose sides are unsaid, signed where representatives of two actors attend (« une cérémonie à laquelle ont
assisté des représentants de A et de Y », « en présence de représentants de A et de Y »), is between those two; the
press attending, or representatives seen at another event, tell no sides. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import deals_told


@pytest.mark.parametrize("text", [
    "Le contrat a été signé lors d'une cérémonie à laquelle ont assisté des représentants des forces armées "
    "péruviennes et de Thales.",
    "Le contrat a été signé en présence de représentants de l'armée péruvienne et de Thales.",
])
def test_representatives_of_two_sides_at_the_signing_are_its_sides(text: str) -> None:
    assert frozenset({"Pérou", "Thales"}) in deals_told(text, facts_only=True)


@pytest.mark.parametrize("text", [
    "Le contrat a été signé lors d'une cérémonie à laquelle ont assisté des représentants de la presse.",
    "Le contrat a été signé hier. Des représentants de l'armée péruvienne et de Thales ont assisté au défilé.",
])
def test_representatives_elsewhere_or_of_no_side_tell_no_sides(text: str) -> None:
    assert frozenset({"Pérou", "Thales"}) not in deals_told(text, facts_only=True)
