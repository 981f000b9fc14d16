"""Talks told as a circumstance of what a side says or does (sentences written for these tests): « X a insisté,
lors d'un entretien avec Y, sur ... », « X a plaidé en visioconférence avec Y pour ... »: the subject of the verb
the talks qualify is the other side of the partner « avec ». A partner that is no state's, one of the subject's own
state, and talks yet to come give no talks held between two states."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import talks_told


@pytest.mark.parametrize(("text", "sides"), [
    pytest.param("Le ministre ghanéen de la Défense a insisté, lors d'un entretien avec le président togolais, sur "
                 "la surveillance des frontières.", {"Ghana", "Togo"}, id="lors-d-un-entretien-mid-clause"),
    pytest.param("La Première ministre danoise a plaidé mardi en visioconférence avec son homologue norvégien, "
                 "Olav Berg, pour une politique commune de l'Arctique.", {"Danemark", "Norvège"},
                 id="en-visioconference-avec"),
    pytest.param("Le président uruguayen a rappelé, au cours d'une rencontre avec le ministre paraguayen des "
                 "Affaires étrangères, les projets de barrage sur le fleuve.", {"Uruguay", "Paraguay"},
                 id="au-cours-d-une-rencontre"),
    pytest.param("Le chef de la diplomatie malaisienne a défendu jeudi par vidéoconférence avec le ministre "
                 "thaïlandais des Affaires étrangères un plan de pêche concerté.", {"Malaisie", "Thaïlande"},
                 id="par-videoconference"),
])
def test_subject_of_the_qualified_verb_is_the_other_side(text: str, sides: set[str]) -> None:
    assert any(found >= sides for found, _ in talks_told(text, dt.date(2024, 3, 15)))


@pytest.mark.parametrize("text", [
    pytest.param("Le ministre péruvien de la Défense a annoncé, lors d'une rencontre avec la presse, de nouvelles "
                 "patrouilles.", id="partner-no-state"),
    pytest.param("Le président kényan a insisté, lors d'un entretien avec le Premier ministre kényan, sur la "
                 "sécurité des élections.", id="same-state"),
    pytest.param("Le ministre ghanéen a répondu aux questions lors d'un entretien avec une chaîne de télévision.",
                 id="interview"),
])
def test_no_second_side_from_the_qualified_verb(text: str) -> None:
    assert not any(len(found) >= 2 for found, _ in talks_told(text, dt.date(2024, 3, 15)))

