"""A deal whose text a term is read in (« le moteur spécifié dans l'accord ») is named in passing: it takes no pair
of states from the sentences before; a deal the sentence signs still has its sides. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text


def _deals(text: str) -> list[frozenset[str]]:
    found = analyse_text(f"Titre\n{text}", dt.date(2025, 6, 2)).facts
    return [frozenset(e.label for _, e in f.roles) for f in found if f.kind == "agreement" and
            f.modality.value in {"asserted", "reported"}]


def test_a_deal_a_term_is_specified_in_takes_no_pair_from_before() -> None:
    deals = _deals("La production des sous-marins s'est arrêtée en mars lorsque l'Espagne a bloqué l'exportation du "
                   "moteur vers le Maroc.\n\nLe ministre avait déclaré à la presse que le contrat devrait être annulé "
                   "si le moteur n'est pas le même que celui spécifié dans l'accord.")
    assert frozenset({"Espagne", "Maroc"}) not in deals


def test_a_deal_signed_by_two_states_keeps_its_sides() -> None:
    deals = _deals("L'Espagne et le Maroc ont signé mardi un accord sur la fourniture de moteurs de frégates.")
    assert frozenset({"Espagne", "Maroc"}) in deals
