"""A deal whose text a term is read in (« le moteur spécifié dans l'accord ») is named in passing: it takes no pair
of states from the sentences before; a deal the sentence signs still has its sides. Sentences written for these
tests."""

from __future__ import annotations

from tests.conftest import deals_told


def test_a_deal_a_term_is_specified_in_takes_no_pair_from_before() -> None:
    deals = deals_told("La production des sous-marins s'est arrêtée en mars lorsque l'Espagne a bloqué "
                       "l'exportation du moteur vers le Maroc.\n\nLe ministre avait déclaré à la presse que le contrat "
                       "devrait être annulé si le moteur n'est pas le même que celui spécifié dans l'accord.",
                       facts_only=True)
    assert frozenset({"Espagne", "Maroc"}) not in deals


def test_a_deal_signed_by_two_states_keeps_its_sides() -> None:
    deals = deals_told("L'Espagne et le Maroc ont signé mardi un accord sur la fourniture de moteurs de frégates.",
                       facts_only=True)
    assert frozenset({"Espagne", "Maroc"}) in deals
