"""Deals whose side is named by an epithet of the state told of before (« l'émirat du Golfe avait commandé »), and
deals told in a relative clause on their partner (« A, avec lequel il a signé un accord, et B »).
Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import agreements


def test_an_order_by_an_epithet_of_the_state_told_of_is_that_states() -> None:
    opening = "Le Koweït a signé mardi un contrat avec l'Italie pour quatre frégates. "
    found = agreements(opening + "En 2019, le riche émirat du Golfe avait déjà commandé 28 avions Rafale français.")
    assert {"koweit", "france"} in found
    found = agreements("Le Maroc a signé un accord avec l'Italie. L'an dernier, le royaume avait commandé 12 "
                       "hélicoptères Caracal français.")
    assert {"maroc", "france"} in found
    found = agreements("Le Koweït a signé un accord avec l'Italie. Cet émirat avait commandé 12 hélicoptères "
                       "Caracal français.")
    assert {"koweit", "france"} in found


def test_a_neighbouring_kingdom_is_not_the_state_told_of() -> None:
    found = agreements("La Jordanie a signé un accord avec l'Italie. Le royaume voisin avait commandé 12 "
                       "hélicoptères Caracal français.")
    assert {"jordanie", "france"} not in found


def test_a_deal_told_in_a_relative_clause_is_made_with_its_antecedent_only() -> None:
    found = agreements("Le Bahreïn renforce ses alliances. Avec le Royaume-Uni avec lequel il a signé un accord de "
                       "défense en 2002, avec l'Inde qui forme ses officiers, le royaume diversifie ses partenaires.")
    assert found == [{"bahrein", "royaume uni"}]
    found = agreements("Le Bahreïn renforce ses alliances, notamment avec le Royaume-Uni, avec lequel il a signé un "
                       "accord de défense en 2002, et avec l'Inde.")
    assert found == [{"bahrein", "royaume uni"}]
    found = agreements("L'Égypte a toujours misé sur ses alliances. Avec la Grèce avec laquelle elle est liée par un "
                       "accord de coopération militaire signé en 2018, avec la Russie qui lui vend des chasseurs, "
                       "mais aussi avec l'Inde.")
    assert found == [{"egypte", "grece"}]


def test_partners_listed_without_a_relative_clause_all_sign() -> None:
    assert agreements("Le Maroc a signé un accord avec l'Espagne et la France.") == [{"maroc", "espagne", "france"}]
