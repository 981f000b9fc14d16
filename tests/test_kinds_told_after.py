"""A deal told first with no kind (« la signature d'accords ») takes the kind of the first telling it absorbs, so the
deals of other kinds told with it after (« une convention de coopération et un mémorandum d'entente ») stay deals
of their own; a deal told again with its kind is still one. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import agreements


def test_deals_of_two_kinds_told_after_a_deal_of_none_are_two() -> None:
    text = ("Le Qatar et le Maroc ont signé des accords lundi à Doha. Les deux pays ont signé une convention de "
            "coopération culturelle et un mémorandum d'entente sur les investissements.")
    assert agreements(text) == [{"qatar", "maroc"}, {"qatar", "maroc"}]


def test_a_deal_told_again_with_its_kind_is_one() -> None:
    text = "Le Qatar et le Maroc ont signé un accord lundi à Doha. Cet accord de coopération porte sur la culture."
    assert agreements(text) == [{"qatar", "maroc"}]
