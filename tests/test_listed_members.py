"""A group told with its members in parentheses (« la force des pays de X (A, B et C) ») is no supplier of them;
a supply by a group to another state keeps it. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deal_patterns import supplies


def test_a_group_with_its_members_in_parentheses_gives_them_nothing() -> None:
    text = "Ces camions doivent équiper les bataillons nigériens de la force conjointe des pays de la CEDEAO " \
        "(Nigeria, Niger, Bénin et Togo), a indiqué Bruxelles."
    assert supplies(text) == set()
    text = "Ces blindés iront aux unités tchadiennes engagées dans la force conjointe du G5 Sahel (Tchad, Mali, " \
        "Niger, Mauritanie et Burkina Faso), a précisé Paris."
    assert supplies(text) == set()


def test_a_group_with_members_in_parentheses_still_supplies_a_third_state() -> None:
    text = "L'OTAN (dont la Pologne et la Roumanie) a livré des radars à l'Ukraine."
    assert ("otan", "ukraine") in supplies(text)
