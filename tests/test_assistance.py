"""« assistance militaire » is a support noun as « aide militaire » is; a civilian one is none (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


def supports(text: str) -> set[tuple[str, str]]:
    """(supporter, recipient) labels of the support facts of a text."""
    found = analyse_text("Titre\n" + text)
    return {(fact.first("supporter").label, fact.first("recipient").label) for fact in found.facts
            if fact.kind == "support" and fact.first("supporter") and fact.first("recipient")}


@pytest.mark.parametrize("text", [
    "Le Japon a repris son assistance militaire au Tchad.",
    "Le Japon apporte depuis 2019 une assistance militaire à l'armée du Tchad, selon Tokyo.",
])
def test_military_assistance_is_support(text: str) -> None:
    assert ("Japon", "Tchad") in supports(text)


def test_humanitarian_assistance_is_none() -> None:
    assert not supports("Le Japon a repris son assistance humanitaire au Tchad.")
