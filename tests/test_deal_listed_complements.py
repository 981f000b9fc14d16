"""A list that opens on a preposition (« avec A et B ») ends on its last name even where the parser makes that name the
subject of the plural verb after it: deals in the plural with each of A and B are not one deal between A and B; a
list that opens a sentence is its subject. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import deals_told


def test_the_last_name_of_a_list_after_avec_is_no_subject_of_the_plural_verb() -> None:
    deals = deals_told("La signature des accords de crédit avec l'Espagne et le Portugal devraient avoir lieu début "
                       "2026.", facts_only=True)
    assert frozenset({"Espagne", "Portugal"}) not in deals


def test_a_list_of_partners_ending_before_a_plural_verb_gives_no_pair() -> None:
    deals = deals_told("Les accords de financement avec l'Espagne et le Portugal doivent encore être ratifiés.",
                       facts_only=True)
    assert frozenset({"Espagne", "Portugal"}) not in deals


def test_two_states_that_open_the_sentence_still_sign_together() -> None:
    deals = deals_told("Le Danemark et la Norvège ont signé mardi un accord de coopération militaire.", facts_only=True)
    assert frozenset({"Danemark", "Norvège"}) in deals


def test_the_teller_of_deals_with_a_list_of_partners_signs_none_of_them() -> None:
    deals = deals_told("« La signature des accords de crédit avec l'Espagne et le Portugal devraient avoir lieu début "
                       "2026 », a déclaré Marc Dupuis.", facts_only=True)
    assert frozenset({"Espagne", "Portugal"}) not in deals
