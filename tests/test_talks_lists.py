"""Talks told around a visit or an audience (session 28, round 2): a visit of someone's counterpart, a delegation
led by someone of no state said, the officials received listed in the next sentence (« Il s'agit de ... »), a
possessive visit inside a clause whose subject is the host, a place told by the way (« d'ailleurs »), a
government body of another state (« la présidence de la République du X »), a plural pronoun that signs after
talks, a participle of welcome that opens the sentence (« Accueilli par X, Y a ... »), a visit made to an
official (« la visite de la délégation au chef d'état-major X »). Sentences written for the
purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import parties_and_places as _found
from tests.test_extractors import PUBLISHED


def test_the_visit_of_one_s_counterpart_is_made_to_one_s_state() -> None:
    assert _found("Le ministre chilien a salué lundi la visite de son homologue norvégien.", "negotiation") == [
        ({"Chili", "Norvège"}, {"Chili"})]


def test_a_visit_praised_with_no_counterpart_is_no_talks() -> None:
    assert _found("Le ministre chilien a salué la visite du pape.", "negotiation") == []


@pytest.mark.parametrize("text", [
    "Le général équatorien Pablo Soto a fait le bilan du mois. Il a reçu une délégation de Norvège, conduite par "
    "le général Erik Holm.",
    "Le général équatorien Pablo Soto a reçu une délégation norvégienne, conduite par M. Erik Holm.",
])
def test_a_delegation_led_by_someone_of_no_state_said_is_its_state_s(text: str) -> None:
    assert ({"Équateur", "Norvège"}, set()) in _found(text, "negotiation")


def test_the_officials_received_listed_next_are_each_met() -> None:
    talks = _found("Le général équatorien Pablo Soto a reçu lundi plusieurs ambassadeurs. Il s'agit de "
                   "l'ambassadrice de la Suède, Mme Anna Berg, et du nouvel ambassadeur du Danemark, M. Lars Holm.",
                   "negotiation")
    assert sorted(sorted(sides) for sides, _ in talks) == [["Danemark", "Équateur"], ["Suède", "Équateur"]]


def test_a_list_after_things_received_is_no_talks() -> None:
    assert _found("L'Équateur a reçu plusieurs avions. Il s'agit d'appareils construits en Suède.",
                  "negotiation") == []


def test_one_s_visit_inside_a_clause_of_the_host_is_one_s() -> None:
    assert _found("Le ministre chilien de la Défense, Pablo Soto, a exprimé l'espoir que l'Équateur participera "
                  "aux manœuvres lors de sa visite à Quito, mardi.", "negotiation") == [
        ({"Chili", "Équateur"}, {"Quito"})]


def test_a_place_told_by_the_way_is_no_venue_of_the_talks_next() -> None:
    talks = _found("Le ministre chilien s'est rendu mardi en Équateur, où il a rencontré son homologue. Le ministre "
                   "équatorien était d'ailleurs à Santiago le mois dernier pour un salon. Le ministre chilien s'est "
                   "ensuite entretenu avec le président équatorien.", "negotiation")
    assert talks == [({"Chili", "Équateur"}, {"Équateur"})]


def test_a_body_of_another_state_is_not_the_one_of_the_same_name() -> None:
    found = analyse_text("Titre\nLe général chilien a reçu le ministre délégué à la présidence de la République "
                         "de l'Équateur.", published=PUBLISHED)
    assert "Élysée" not in {e.label for e in found.mentions.values()}


def test_a_plural_pronoun_that_signs_after_talks_is_their_pair() -> None:
    assert _found("Le ministre chilien a rencontré son homologue équatorien Luis Vargas. Ils ont également signé "
                  "un plan d'activités communes pour l'année.", "agreement") == [({"Chili", "Équateur"}, set())]


def test_a_participle_of_welcome_that_opens_the_sentence_tells_its_subject_met() -> None:
    assert _found("Accueilli samedi à Santiago par son homologue chilien, le ministre argentin a promis de nouveaux "
                  "exercices.", "negotiation") == [({"Chili", "Argentine"}, {"Santiago"})]


def test_a_participle_of_welcome_by_no_side_is_no_talks() -> None:
    assert _found("Accueilli samedi par la foule, le ministre argentin a promis de nouveaux exercices.",
                  "negotiation") == []


def test_a_visit_of_the_delegation_to_an_official_is_made_to_the_official_s_state() -> None:
    assert _found("Une délégation du ministère chilien de la Défense a assisté à un salon. Au cours de la visite de "
                  "courtoisie de la délégation au chef d'état-major norvégien, les deux parties ont évoqué la "
                  "coopération.", "negotiation") == [({"Chili", "Norvège"}, {"Norvège"})]
