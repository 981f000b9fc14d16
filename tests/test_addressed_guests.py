"""The one met named after « SEM » or « S.E.M. » (Son Excellence Monsieur, as communiqués write it), set off from a
verb of receiving by a date and a place: the style is no part of the name, the one so named is met. Sentences
written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

ADDRESSED = [
    Case("sem-after-date-and-city", "Le ministre de l'Intérieur, M. Omar Ould Baba, a reçu en audience, jeudi à "
         "Nouakchott, SEM John Smith, ambassadeur du Canada en Mauritanie.", "negotiation",
         {"participant": {"Mauritanie", "Canada"}}, venues={"Nouakchott"}),
    Case("sem-after-date-object", "Le ministre des Affaires étrangères du Niger, Ali Moussa, a reçu mardi à Niamey, "
         "SEM Pedro Alves, ambassadeur du Portugal au Niger.", "negotiation",
         {"participant": {"Niger", "Portugal"}}, venues={"Niamey"}),
    Case("sem-after-date-and-city-no-comma", "Le ministre de l'Intérieur, M. Omar Oul Baba a reçu en "
         "audience, jeudi à Nouakchott, SEM Peter Dorman, ambassadeur des Etats-Unis d'Amérique en Mauritanie.",
         "negotiation", {"participant": {"Mauritanie", "États-Unis"}}, venues={"Nouakchott"}),
]


@pytest.mark.parametrize("case", params(ADDRESSED))
def test_the_one_addressed_is_met(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence, name", [
    ("Le ministre de l'Intérieur, M. Omar Ould Baba, a reçu en audience, jeudi à Nouakchott, SEM John Smith, "
     "ambassadeur du Canada en Mauritanie.", "John Smith"),
    ("Le président a remercié S.E.M. Kenji Sato, ambassadeur du Japon, pour son soutien.", "Kenji Sato"),
])
def test_the_style_is_no_part_of_the_name(sentence: str, name: str) -> None:
    people = {e.label for e in analyse_text(f"Titre\n{sentence}", published=PUBLISHED).mentions.values()
              if e.cls == "Person"}
    assert name in people


@pytest.mark.parametrize("sentence", [
    # a date and a place, then no one addressed: nothing to meet
    "Le ministre de la Défense du Niger a reçu lundi à Niamey, SEMAFOR Logistique, une entreprise locale.",
    # someone addressed who is only thanked, not received
    "Le ministre de la Défense du Niger a remercié lundi à Niamey SEM Pedro Alves, ambassadeur du Portugal.",
])
def test_no_audience_without_one_received(sentence: str) -> None:
    talks = [f for f in analyse_text(f"Titre\n{sentence}", published=PUBLISHED).facts if f.kind == "negotiation"]
    assert not talks
