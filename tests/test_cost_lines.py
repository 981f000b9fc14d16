"""A cost line naming who pays (« Coût pour le Portugal : 9 millions d'euros ») and a sum whose « de » is mistyped as
« s' » (« 40 millions s'euros »). Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.money import find_amounts
from tests.test_deals import facts
from tests.test_modality import fold


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("Le ministère a validé une commande pour un montant de 40 millions s'euros.", Decimal("40e6"), "EUR"),
    ("Le prêt atteindra 2,5 milliards s\u2019euros d'ici deux ans.", Decimal("2.5e9"), "EUR"),
])
def test_a_de_mistyped_as_s_apostrophe_before_a_currency_still_reads_a_sum(text: str, value: Decimal,
                                                                          currency: str) -> None:
    (found,) = find_amounts(text)
    assert (found.amount.value, found.amount.currency) == (value, currency)


def test_an_s_apostrophe_before_no_currency_reads_no_sum() -> None:
    assert find_amounts("Les 40 millions s'ajoutent aux crédits votés l'an dernier.") == []


def test_a_cost_line_naming_a_state_is_a_sum_that_state_pays() -> None:
    text = ("Le Portugal a promis l'an passé d'équiper le Cap-Vert de trois vedettes de surveillance. Les vedettes "
            "sont en chantier à Lisbonne. Coût pour le Portugal : 9 millions d'euros.")
    found = facts(text, "financing")
    assert {a.value for f in found for a in f.amounts} == {Decimal(9_000_000)}
    assert {fold(s.label) for f in found for s in f.get("funder")} == {"portugal"}


def test_a_cost_line_for_no_named_side_pays_nothing() -> None:
    text = ("Le Portugal a promis l'an passé d'équiper le Cap-Vert de trois vedettes de surveillance. Les vedettes "
            "sont en chantier à Lisbonne. Coût pour les contribuables : 9 millions d'euros.")
    assert facts(text, "financing") == []
    assert facts(text, "agreement") == []
