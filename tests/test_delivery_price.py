"""A firm that delivers (« livrer », « fournir ») matériel to a state « pour N » sells it: the state pays the firm N, as
when it « vend ». A state's delivery for a sum may be aid, and « d'une valeur de N » is the worth of the deal told
(read by the agreement). Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_deals import facts
from tests.test_modality import fold


def _paid(text: str) -> set[tuple[str, str, Decimal]]:
    return {(fold(f_.label), fold(r.label), a.value) for f in facts(text, "financing")
            for f_ in f.get("funder") for r in f.get("recipient") for a in f.amounts}


@pytest.mark.parametrize("text", [
    "Le groupe suédois Saab va livrer des missiles à la Pologne pour 120 millions d'euros.",
    "Saab a livré à la Pologne des missiles pour 120 millions d'euros.",
    "La firme suédoise Saab fournira à la Pologne pour 120 millions d'euros de missiles.",
])
def test_a_firm_delivering_for_a_sum_is_paid_by_the_state_it_delivers_to(text: str) -> None:
    assert ("pologne", "saab", Decimal(120_000_000)) in _paid(text)


@pytest.mark.parametrize("text", [
    # a state's delivery for a sum may be aid: no one is said to pay
    "Les États-Unis vont livrer à l'Ukraine des armes pour un milliard de dollars.",
    # the worth of the goods, not a price paid: the agreement carries it
    "Saab fournira à la Pologne un lot de missiles, d'une valeur de 120 millions d'euros.",
])
def test_no_purchase_from_a_state_delivery_nor_from_a_worth(text: str) -> None:
    assert not _paid(text)
