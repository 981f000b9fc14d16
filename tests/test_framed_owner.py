"""Talks a fronted frame names with a partner only (sentences written for these tests): « Au cours de la
rencontre avec X, le président Y a ... », « Lors d'un entretien avec X, il a ... »: the subject of the clause the
frame opens is the other side. A meeting to come, a partner of the same side and a partner that is no actor
give no talks held."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told


@pytest.mark.parametrize(("text", "sides"), [
    pytest.param("Au cours de la rencontre avec le ministre chilien de la Défense, Alberto Rivas, le président "
                 "péruvien Pedro Sandoval a souligné l'importance de la coopération.", {"Chili", "Pérou"},
                 id="au-cours-de-la-rencontre"),
    pytest.param("Au cours de l'entretien avec le ministre kényan des Affaires étrangères, Samuel Ouko, le "
                 "président ghanéen Kwame Asante a plaidé pour une force commune.", {"Kenya", "Ghana"},
                 id="partner-named-between-commas"),
    pytest.param("Lors de la rencontre avec le Premier ministre polonais, Jan Nowak, le chancelier autrichien "
                 "Karl Huber a rappelé les engagements pris.", {"Pologne", "Autriche"}, id="lors-de-la-rencontre"),
    pytest.param("Le président colombien était à Bogota jeudi. Pendant l'entretien avec le ministre "
                 "chilien de l'Intérieur, il a évoqué la sécurité des frontières.", {"Colombie", "Chili"},
                 id="pronoun-subject"),
])
def test_subject_of_the_framed_clause_is_the_other_side(text: str, sides: set[str]) -> None:
    assert any(found >= sides for found, _ in talks_told(text, None))


def test_bare_head_of_state_after_the_partner_is_no_title_of_the_partner_state() -> None:
    """« avec le ministre A-ien, X, le chef de l'État a souligné »: the subject title after the partner's name is
    no further title of the partner's state (a list would be); it is the dispatch's head of state."""
    text = ("Riga, 4 mai, LETA\n\nLe président Janis Ozols a dit espérer que la sécurité ferait l'objet de "
            "discussions lors de la visite du ministre allemand de l'Économie et du Climat dans la région.\n\n"
            "Au cours de la rencontre avec le ministre allemand de l'Économie et du Climat, Jonas Weber, le chef de "
            "l'État a souligné que la Lettonie avait proposé un accord avec l'Estonie.")
    assert talks_told(text, None) == talks_each(({"Allemagne", "Lettonie"}, {"Riga"}))


@pytest.mark.parametrize("text", [
    pytest.param("Lors de la rencontre avec la presse, le ministre péruvien de la Défense a annoncé des "
                 "patrouilles.", id="partner-no-actor"),
    pytest.param("Au cours de l'entretien avec le ministre péruvien de l'Intérieur, le général péruvien Luis "
                 "Paredes a présenté son plan.", id="same-side"),
    pytest.param("Lors de la prochaine rencontre avec le ministre chilien, le président péruvien présentera son "
                 "plan.", id="planned"),
])
def test_no_second_side_from_the_frame(text: str) -> None:
    assert talks_told(text, None) in ([], talks_each())
