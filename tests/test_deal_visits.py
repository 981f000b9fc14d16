"""Deals told around a visit or a loan: a signing the host only praises, a few sentences after the visit, is the
visit's two sides'; weight given to a signing (« accorder de l'importance à ») funds no one; a loan obtained
« auprès de » a lender is a financing and a deal with that lender; « débourser » a sum to acquire is a purchase.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)
VISIT = ("Le président chilien a reçu mardi le ministre péruvien des Affaires étrangères, arrivé au Chili pour une "
         "visite officielle. Le président a salué la visite et rappelé les liens anciens entre les deux peuples. ")


def _facts(text: str) -> list[tuple[str, frozenset[str], tuple[int, ...]]]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return [(f.kind, frozenset(e.label for _, e in f.roles), tuple(int(a.value) for a in f.amounts)) for f in found]


def test_a_signing_the_host_praises_after_the_visit_is_between_the_visit_sides() -> None:
    text = VISIT + ("Il a souligné l'importance de la signature aujourd'hui du plan de coopération bilatérale en "
                    "matière de sécurité.")
    assert ("agreement", frozenset({"Chili", "Pérou"}), ()) in _facts(text)


def test_importance_given_to_a_signing_funds_no_one() -> None:
    text = VISIT + ("Le ministre a accordé une grande importance à la signature du plan de coopération pour la "
                    "défense.")
    assert not [f for f in _facts(text) if f[0] == "support"]


def test_a_loan_obtained_from_a_lender_is_a_financing_and_a_deal_with_it() -> None:
    facts = _facts("Lima a obtenu un prêt de 2 milliards de dollars auprès de la banque japonaise JBIC "
                   "pour financer ses frégates.")
    assert ("financing", frozenset({"Pérou", "JBIC"}), (2_000_000_000,)) in facts
    assert ("agreement", frozenset({"Pérou", "JBIC"}), (2_000_000_000,)) in facts


def test_a_loan_obtained_with_no_lender_is_no_deal() -> None:
    facts = _facts("Lima a obtenu un prêt de 2 milliards de dollars pour financer ses frégates.")
    assert not [f for f in facts if f[0] == "agreement"]


def test_a_sum_a_state_pays_out_to_acquire_systems_is_its_purchase() -> None:
    facts = _facts("Le Chili renforce sa marine. Le pays va débourser 450 millions de dollars pour acquérir des "
                   "missiles Exocet.")
    assert any(f[0] == "financing" and f[2] == (450_000_000,) for f in facts)


def test_a_guest_book_signed_by_custom_at_a_visit_is_no_deal() -> None:
    text = VISIT + ("Le ministre a passé en revue la garde d'honneur et le livre d'or a été signé conformément au "
                    "protocole.")
    assert not [f for f in _facts(text) if f[0] == "agreement"]

