"""Agreements: a text its author signs (a preface, an op-ed) is no deal; sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import parties_and_places


@pytest.mark.parametrize("text", [
    "Le ministre iranien Ali Rezaei a rencontré son homologue arménien Aram Petrossian à Erevan. La préface du livre "
    "d'Ali Rezaei est signée par Aram Petrossian.",
    "Une tribune signée par les ministres français et allemand de la Défense a paru lundi.",
    "Le ministre iranien Ali Rezaei a rencontré son homologue arménien Aram Petrossian à Erevan. Aram Petrossian a "
    "signé l'avant-propos du livre.",
])
def test_a_text_signed_by_its_author_is_no_agreement(text: str) -> None:
    """« la préface est signée par X », « une tribune signée par A et B »: the author signs a text of theirs (a
    preface signed by a minister was an agreement between his state and his guest's: a false fact)."""
    assert parties_and_places(text, kind="agreement") == []


def test_a_deal_signed_by_ministers_is_still_an_agreement() -> None:
    text = "L'accord de coopération est signé par les ministres français et allemand de la Défense."
    assert [sides for sides, _ in parties_and_places(text, kind="agreement")] == [{"France", "Allemagne"}]
