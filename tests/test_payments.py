"""A payment for systems is a purchase: « Y a payé 2 milliards à X pour 24 avions W » is a sale of W by X to Y
beside the payment; a payment for anything else supplies nothing. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def _supplies(text: str) -> set[tuple[str, ...]]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return {tuple(sorted(f"{r}={e.label}" for r, e in f.roles)) for f in found
            if f.kind == "support" and f.attr("support_kind") == "sell"}


def test_a_payment_for_systems_is_their_purchase() -> None:
    found = _supplies("Le Qatar a payé 3,1 milliards d'euros à l'Italie pour 12 Eurofighter Typhoon.")
    assert ("recipient=Qatar", "supporter=Italie", "weapon=Eurofighter Typhoon") in found


def test_a_payment_for_no_system_buys_nothing() -> None:
    assert not _supplies("Le Qatar a payé 3,1 milliards d'euros à l'Italie pour la formation de ses pilotes.")


def test_a_state_that_pays_for_the_training_of_its_own_people_is_trained() -> None:
    text = "Le Kenya a payé 8 millions de dollars à l'Espagne pour la formation de ses officiers."
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    trained = {(s.label, r.label) for f in found if f.kind == "support" and f.attr("support_kind") == "train"
               for s in f.get("supporter") for r in f.get("recipient")}
    assert trained == {("Espagne", "Kenya")}
    # paying for one's own training buys for no one
    text = "Le Kenya a payé pour la formation de ses officiers."
    assert not [f for f in analyse_text(f"Titre\n{text}", PUBLISHED).facts if f.kind == "support"]
