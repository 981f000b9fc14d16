"""Gifts of matériel: a headline « Remise de ... au profit des forces armées X » says whom the article's gifts are for
(« Ce don, offert par Y, ... » goes to X); the worth of aid told after it (« La valeur de cet appui est estimée à
... », « la valeur de l'aide se montait à ... ») is a sum given, no deal; a training of contingents « en partance
pour Z » neither trains Z nor is given by the trainees' state. Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_deals import facts, supplies
from tests.test_extractors import PUBLISHED
from tests.test_modality import fold


def _article(text: str) -> list[Fact]:
    return analyse_text(text, PUBLISHED).facts


def _sides(found: list[Fact]) -> set[tuple[str, str]]:
    return {(fold(s.label), fold(r.label)) for f in found if f.kind == "support"
            for s in f.get("supporter") for r in f.get("recipient")}


def _sums(found: list[Fact]) -> set[Decimal]:
    return {a.value for f in found for a in f.amounts}


def test_a_gift_with_its_giver_goes_to_whom_the_headline_says_it_is_for() -> None:
    text = ("Don de camions au profit des forces armées togolaises\n"
            "Une cérémonie s'est déroulée mardi à la base logistique. Ce don, offert par le gouvernement canadien, "
            "comprend des camions et des véhicules blindés Casspir.")
    assert ("canada", "togo") in _sides(_article(text))


def test_a_gift_under_a_headline_for_no_one_goes_to_no_one() -> None:
    text = ("Une cérémonie à la base logistique\n"
            "Une cérémonie s'est déroulée mardi. Ce don, offert par le gouvernement canadien, comprend des "
            "véhicules blindés Casspir.")
    assert _sides(_article(text)) == set()


def test_the_worth_of_aid_told_after_it_is_a_sum_given_no_deal() -> None:
    found = facts("Le Canada a offert des véhicules blindés au Togo. La valeur de cet appui est estimée à "
                  "4 millions de dollars.", "financing")
    assert {a.value for f in found for a in f.amounts} == {Decimal(4_000_000)}
    assert facts("Le Canada a offert des véhicules blindés au Togo. La valeur de cet appui est estimée à "
                 "4 millions de dollars.", "agreement") == []
    text = ("Titre\nL'Espagne a livré des canons au Ghana. Selon l'ambassade, la valeur de l'aide en matériel se "
            "montait à 7 millions d'euros.")
    assert Decimal(7_000_000) in _sums(_article(text))


def test_a_training_of_contingents_bound_elsewhere_trains_no_destination() -> None:
    text = ("Ces blindés servent à la formation des soldats béninois en partance pour la Centrafrique dans le "
            "cadre de la mission de paix.")
    assert supplies(f"Le Canada a offert des blindés au Bénin. {text}") == {("canada", "benin")}
    assert supplies("La France assure la formation des soldats béninois.") == {("france", "benin")}
