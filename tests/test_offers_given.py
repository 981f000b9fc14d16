"""« X offre formation et conseil aux forces de Y »: « offrir » with a bare noun gives it (asserted); « X a offert
de former les forces de Y » only proposes (possible). Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text


def _trainings(text: str) -> set[tuple[str, str, str]]:
    facts = analyse_text(f"Titre\n{text}", dt.date(2025, 6, 2)).facts
    return {(s.label, r.label, f.modality.value) for f in facts if f.kind == "support"
            for s in f.get("supporter") for r in f.get("recipient")}


def test_training_offered_as_a_bare_noun_is_given() -> None:
    found = _trainings("L'Union européenne offre formation et conseil aux forces armées maliennes.")
    assert any(s != "Mali" and r == "Mali" and m == "asserted" for s, r, m in found), found


def test_an_offer_to_train_is_only_possible() -> None:
    found = _trainings("L'Union européenne a offert de former les forces armées maliennes.")
    assert found and all(m == "possible" for _, _, m in found), found
