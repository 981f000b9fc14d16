"""Talks held at a headquarters named by its holder and no city (« au siège de l'Organisation », « à l'état-major
de l'armée de l'air X »): the site is the venue, a minted place; a city inside names the venue, and a seat named by
no holder is none. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

SITES = [
    Case("received-at-an-organisation-s-headquarters", "Le secrétaire général de l'ONU a reçu au siège de "
         "l'Organisation le premier ministre du Pérou, Carlos Ruiz.", "negotiation",
         {"participant": {"ONU", "Pérou"}}, venues={"siège de l'Organisation"}),
    Case("met-at-an-alliance-s-headquarters", "Le ministre chilien a rencontré le secrétaire général de l'OTAN au "
         "siège de l'OTAN.", "negotiation", {"participant": {"Chili", "OTAN"}}, venues={"siège de l'OTAN"}),
    Case("received-at-an-air-staff", "Jean Dupont, ambassadeur de France au Pérou, a été reçu à l'état-major de "
         "l'armée de l'air péruvienne par le chef d'état-major, le général Carlos Ruiz.", "negotiation",
         {"participant": {"France", "Pérou"}}, venues={"état-major de l'armée de l'air péruvienne"}),
    Case("one-met-set-off-after-the-site", "Le général Omar Diallo, chef d'état-major des armées sénégalaises, a "
         "reçu hier à l'état-major général des Armées, M. Lars Berg, ambassadeur de Norvège.", "negotiation",
         {"participant": {"Sénégal", "Norvège"}}, venues={"état-major général des Armées"}),
    Case("one-met-hung-on-the-site-s-holder", "Le général Karimi, chef d'état-major de l'armée tchadienne, a reçu, "
         "mardi au siège de l'Etat-major de l'Armée de terre, M. Pedro Alvarez, ministre espagnol de la Défense.",
         "negotiation", {"participant": {"Tchad", "Espagne"}}, venues={"siège de l'Etat-major de l'Armée de terre"}),
    Case("headquarters-in-a-city", "Le ministre chilien a rencontré son homologue péruvien au siège de l'OTAN à "
         "Bruxelles.", "negotiation", {"participant": {"Chili", "Pérou"}}, venues={"Bruxelles"}),
]


@pytest.mark.parametrize("case", params(SITES))
def test_a_headquarters_named_by_its_holder_is_the_venue(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    "Le ministre chilien a rencontré son homologue péruvien au siège.",
    "Le ministre chilien a rencontré son homologue péruvien, puis il a visité le siège de l'OTAN.",
])
def test_a_seat_named_by_no_holder_or_not_of_the_talks_is_no_venue(sentence: str) -> None:
    talks = [f for f in analyse_text(f"Titre\n{sentence}", published=PUBLISHED).facts if f.kind == "negotiation"]
    assert talks
    assert not [e for f in talks for part in f.parts for e in part.get("place")]
