"""« A a reçu trois avions et celle de B en a acquis six »: the holder of a demonstrative standing in for a noun
named before is the subject of the clause the pronoun opens, a side like A, never a giver to A; the subject of a
complaint or of a verb of writing is no giver of the supply it speaks of. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import agreements, supplies


@pytest.mark.parametrize("text", [
    "L'armée de l'air du Ghana a reçu deux avions C-295 et celle du Togo en a acquis quatre, a indiqué Airbus.",
    "« L\u2019armée de l\u2019air du Ghana a reçu deux avions C-295 qui serviront au contrôle des frontières "
    "et celle du Togo en a acquis quatre pour le même usage », a indiqué Airbus.",
])
def test_the_holder_of_a_stand_in_is_a_second_recipient(text: str) -> None:
    found = supplies(text)
    assert ("airbus", "togo") in found and ("airbus", "ghana") in found
    assert ("togo", "ghana") not in found


def test_a_stand_in_after_a_preposition_keeps_its_case() -> None:
    assert ("france", "moldavie") in supplies("La France a livré des chars à l'armée ukrainienne et à celle de la "
                                              "Moldavie.")


def test_each_buyer_of_a_shared_sale_has_its_deal() -> None:
    text = ("Le constructeur Airbus a annoncé de nouvelles ventes de C-295. L'armée de l'air du Ghana a reçu deux "
            "avions C-295 et celle du Togo en a acquis quatre. Ces contrats ont été signés en mai.")
    found = agreements(text)
    assert any({"ghana"} < parties for parties in found) and any({"togo"} < parties for parties in found)


@pytest.mark.parametrize("text, giver", [
    ("L\u2019Égypte s\u2019est plainte auprès des responsables américains au sujet des livraisons "
     "d\u2019armes américaines à l\u2019Éthiopie.", "egypte"),
    ("Le quotidien Haaretz a écrit que Tel-Aviv avait vendu des radars à la Géorgie.", "haaretz"),
    ("Le journal Haaretz a récemment écrit que Tel-Aviv avait procédé à la vente de radars à la Géorgie.", "haaretz"),
])
def test_who_complains_or_writes_gives_nothing(text: str, giver: str) -> None:
    assert all(s != giver for s, _ in supplies(text))


def test_a_complaint_leaves_the_supply_it_is_about() -> None:
    text = "L\u2019Égypte s\u2019est plainte au sujet des livraisons d\u2019armes américaines à l\u2019Éthiopie."
    assert ("etats unis", "ethiopie") in supplies(text)
