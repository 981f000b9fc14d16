"""« le paiement de X, soit N »: a payment noun with its sum, in a sentence on arms, is a purchase paid by the state
the noun is of (not the subject of the verb that governs it); outside arms it is no financing. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def _payments(text: str) -> set[tuple[str, tuple[float, ...]]]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return {(",".join(sorted(e.label for e in f.get("funder"))), tuple(float(a.value) for a in f.amounts))
            for f in found if f.kind == "financing" and f.attr("financing_kind") == "purchase"
            and f.modality.value in {"asserted", "reported"}}


def test_a_payment_awaited_is_paid_by_the_state_it_is_of_with_its_part() -> None:
    text = ("Le contrat des quatre patrouilleurs a été signé en mars. Tokyo attend encore le paiement de Rabat pour "
            "livrer les navires, soit environ 40 millions d'euros, dont 30 millions pour les coques.")
    assert _payments(text) == {("Maroc", (40e6, 30e6))}


def test_a_payment_made_is_paid_by_its_subject() -> None:
    text = "Le Maroc a effectué le paiement de 40 millions d'euros pour les quatre patrouilleurs commandés au Japon."
    assert _payments(text) == {("Maroc", (40e6,))}


def test_a_payment_outside_arms_is_no_purchase() -> None:
    text = "Le gouvernement français a annoncé le paiement de 3 millions d'euros aux agriculteurs touchés par le gel."
    assert _payments(text) == set()
