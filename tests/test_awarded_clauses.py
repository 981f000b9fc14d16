"""A contract awarded in a clause of its own: « X vient d'attribuer un contrat à Y » (the subject of the verb the
infinitive hangs on awards), « le contrat que X a attribué à Y » (the deal a relative clause hangs on), each a deal
between the state and the firm; refused, it is denied. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.kinds import Modality
from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def _deals(text: str) -> list[tuple[frozenset[str], Modality]]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return [(frozenset(e.label for _, e in f.roles), f.modality) for f in found if f.kind == "agreement"]


def test_a_contract_a_ministry_has_just_awarded_is_a_deal() -> None:
    assert _deals("Le ministère grec de la Défense vient d'attribuer un contrat à Thales.") == \
        [(frozenset({"Grèce", "Thales"}), Modality.ASSERTED)]


def test_the_contract_a_relative_clause_says_was_awarded_is_a_deal() -> None:
    assert _deals("Le contrat que la Grèce a attribué à Thales porte sur des radars.") == \
        [(frozenset({"Grèce", "Thales"}), Modality.ASSERTED)]


def test_the_contract_whose_award_a_state_has_just_made_after_the_verb_is_a_deal() -> None:
    assert _deals("D'où le nouveau contrat que vient d'attribuer le ministère hongrois de la Défense à Rheinmetall.") \
        == [(frozenset({"Hongrie", "Rheinmetall"}), Modality.ASSERTED)]


def test_a_contract_a_state_refused_to_award_is_denied() -> None:
    assert _deals("Le contrat que la Grèce a refusé d'attribuer à Thales porte sur des radars.") == \
        [(frozenset({"Grèce", "Thales"}), Modality.DENIED)]
