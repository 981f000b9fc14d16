"""A state told with the alliance it belongs to (« A, pays membre de X, », « A, qui est membre de X, », a bare
« membre de X » the parser hangs as a conjunct or an object): the alliance describes A and is no side of the
supply. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import supplies


@pytest.mark.parametrize("text, pairs", [
    ("La Grèce, pays membre de l'OTAN, a livré des blindés à la Moldavie.", {("grece", "moldavie")}),
    ("La Croatie, qui est membre de l'OTAN, a livré des obusiers à la Moldavie.", {("croatie", "moldavie")}),
    ("L'Autriche, État membre de l'Union européenne, a livré des camions militaires à la Moldavie.",
     {("autriche", "moldavie")}),
    ("L'Italie a livré des hélicoptères à la Hongrie, membre de l'OTAN, et à la Slovénie.",
     {("italie", "hongrie"), ("italie", "slovenie")}),
])
def test_the_alliance_of_a_member_is_no_side(text: str, pairs: set[tuple[str, str]]) -> None:
    assert supplies(text) == pairs


@pytest.mark.parametrize("text, pair", [
    # the members, as a party, stand for their organisation
    ("Les pays membres de l'OTAN ont livré des munitions à la Géorgie.", ("otan", "georgie")),
    # an organisation coordinated with a state acts with it
    ("La Norvège et l'Union européenne ont livré des munitions à la Géorgie.", ("union europeenne", "georgie")),
])
def test_an_organisation_that_acts_stays_a_side(text: str, pair: tuple[str, str]) -> None:
    assert pair in supplies(text)
