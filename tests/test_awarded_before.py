"""A contract awarded by a verb with no subject of its own: « après avoir notifié à Y un contrat, X a commandé ... »,
« X a choisi ... et attribué à Y un contrat »: X, the subject of the clause it hangs on, awards it. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def _deals(text: str) -> list[frozenset[str]]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return [frozenset(e.label for _, e in f.roles) for f in found if f.kind == "agreement" and
            f.modality.value in {"asserted", "reported"}]


def test_a_contract_notified_after_avoir_is_the_main_subjects() -> None:
    deals = _deals("Ainsi, après avoir choisi le char suédois CV90 et notifié à Thales un contrat portant sur la "
                   "livraison de 40 radars, la Lituanie a commandé douze canons.")
    assert frozenset({"Lituanie", "Thales"}) in deals


def test_a_contract_awarded_by_a_conjoined_verb_is_the_subjects() -> None:
    deals = _deals("Le Pérou a retenu l'offre de Saab et attribué à Thales un contrat de 30 millions d'euros.")
    assert frozenset({"Pérou", "Thales"}) in deals


def test_a_contract_a_firm_notifies_to_a_firm_is_no_deal_with_a_state() -> None:
    deals = _deals("Après avoir notifié à ses clients un retard de livraison, Thales a annoncé un nouveau plan.")
    assert not deals
