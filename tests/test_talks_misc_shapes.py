"""Talks in various shapes, in sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


def _told(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return talks_told(text, PUBLISHED)


FRAMED_BY_A_VISIT = [
    ("En marge de sa visite officielle à Ankara, le ministre serbe de la Défense a rencontré le chef d'état-major "
     "de l'armée pakistanaise.",
     talks_each(({"Serbie", "Pakistan"}, {"Ankara"}))),
    ("En marge de sa visite de travail à Lisbonne, la ministre suédoise de la Défense s'est entretenue avec son "
     "homologue brésilien.",
     talks_each(({"Suède", "Brésil"}, {"Lisbonne"}))),
    ("En marge de sa visite de travail à Madrid, le colonel Ivan Novak, ministre serbe de la Défense, a "
     "rencontré le général Ali Karimi, chef d'état-major de l'armée de la République islamique d'Iran.",
     talks_each(({"Serbie", "Iran"}, {"Madrid"}))),
]


@pytest.mark.parametrize(("text", "told"), FRAMED_BY_A_VISIT)
def test_a_visit_framing_a_meeting_with_a_third_state_is_no_talks_with_the_host(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« En marge de sa visite à V, A a rencontré B » (B of another state): only A and B talk, in V."""
    assert _told(text) == told


HOST_MET_DURING_A_VISIT = [
    ("En marge de sa visite officielle à Ankara, le ministre serbe de la Défense a rencontré son homologue turc.",
     talks_each(({"Serbie", "Turquie"}, {"Ankara"}))),
    ("Lors de sa visite officielle à Ankara, le ministre serbe de la Défense a visité une usine d'armement.",
     talks_each(({"Serbie", "Turquie"}, {"Ankara"}))),
]


@pytest.mark.parametrize(("text", "told"), HOST_MET_DURING_A_VISIT)
def test_a_visit_whose_meeting_is_with_the_host_still_talks_with_it(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """The host met, or no one else met: the visit stays talks with the host."""
    assert _told(text) == told


SIGNED_WITH_A_COUNTERPART = [
    ("Le ministre letton de la Défense, Janis Berzins, a signé à Tokyo un accord de coopération avec son homologue "
     "japonais.",
     talks_each(({"Lettonie", "Japon"}, {"Tokyo"}))),
    ("Le ministre de la Défense slovène a signé deux contrats avec son homologue italienne.",
     talks_each(({"Slovénie", "Italie"}, set()))),
]


@pytest.mark.parametrize(("text", "told"), SIGNED_WITH_A_COUNTERPART)
def test_an_official_signing_with_his_counterpart_meets_him(
        text: str, told: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    """« Le ministre A-ien a signé un accord avec son homologue B-ien »: they sign in person, talks of A and B."""
    assert _told(text) == told


@pytest.mark.parametrize("text", [
    "La Lettonie a signé un accord de coopération avec le Japon.",
    "Le ministre letton de la Défense devrait signer un accord avec son homologue japonais la semaine prochaine.",
    "Le ministre letton de la Défense n'a pas signé l'accord avec son homologue japonais.",
    "Le ministre letton de la Défense a signé un accord, que son homologue japonais a signé la veille.",
])
def test_no_signing_in_person_without_a_counterpart_met(text: str) -> None:
    """States that sign (maybe from afar), a signing to come or denied, or signed apart: no talks."""
    assert _told(text) == []


@pytest.mark.parametrize("text", [
    "Le ministre Tchadien de la Défense a rencontré le président malien à Bamako.",
    "Le ministre Tchadien des Affaires Étrangères a rencontré le président malien à Bamako.",
])
def test_a_capitalised_demonym_after_a_title_gives_the_official_his_state(text: str) -> None:
    """« le ministre Tchadien »: a demonym some write capitalised is no name; the minister is Chad's."""
    assert _told(text) == talks_each(({"Tchad", "Mali"}, {"Bamako"}))


def test_a_name_after_a_title_stays_a_name() -> None:
    """« le ministre Martin »: a capitalised word that is no demonym stays the minister's name."""
    assert _told("Le ministre Martin a rencontré le président malien à Bamako.") == []


def test_a_phrase_a_la_rencontre_de_is_a_meeting_of_the_subject() -> None:
    """« À la rencontre du président X, le ministre Y a rappelé ... »: Y met X."""
    told = _told("À la rencontre du Premier ministre gabonais, le ministre indonésien de la Défense a rappelé les "
                 "liens anciens entre les deux pays.")
    assert told == talks_each(({"Gabon", "Indonésie"}, set()))


@pytest.mark.parametrize("text", [
    "Le président malien est allé à la rencontre des soldats à Gao.",
    "À la rencontre du président malien, les journalistes ont posé des questions.",
])
def test_no_meeting_a_la_rencontre_de_without_two_states(text: str) -> None:
    """Soldats, journalistes: no second state meets."""
    assert _told(text) == []


def test_a_comma_after_a_clause_closes_no_frame_of_talks() -> None:
    """« Lors de l'entretien X a rappelé que ..., ainsi que ... des exercices A-B »: the states after that comma
    are no sides of the talks."""
    assert _told("Lors de l'entretien le ministre arménien a rappelé que la coopération se faisait sur le plan "
                 "bilatéral, ainsi que dans le cadre des exercices germano-polonais.") == []


def test_a_frame_of_talks_closed_by_a_comma_still_gives_the_sides() -> None:
    """« À l'issue des pourparlers de V, A et B ont ... »: the sides listed right after the frame."""
    told = _told("À l'issue des pourparlers de Genève, le Chili et le Pérou ont publié un communiqué commun.")
    assert told == talks_each(({"Chili", "Pérou"}, {"Genève"}))


def test_the_city_of_a_state_s_mission_is_not_visited() -> None:
    """« sa tournée ... depuis l'attentat contre l'ambassade qatarie à Ankara »: Ankara places the embassy, no
    host of the tour."""
    told = _told("Le prince qatari était dimanche à Koweït, dans le cadre de sa première tournée à l'étranger depuis "
                 "l'attentat du 2 octobre contre l'ambassade qatarie à Ankara.")
    assert all("Turquie" not in sides for sides, _ in told)


def test_a_visit_to_the_city_of_an_embassy_is_still_a_visit() -> None:
    """« une visite à Ankara, où il a inauguré l'ambassade »: the visit goes to Ankara."""
    told = _told("Le ministre qatari de la Défense a effectué une visite de travail à Ankara, où il a inauguré la "
                 "nouvelle ambassade qatarie.")
    assert told == talks_each(({"Qatar", "Turquie"}, {"Ankara"}))


def test_a_capitalised_demonym_before_a_surname_keeps_the_person() -> None:
    """« le président Burkinabé Kaboré »: the surname after the demonym is still read as the president met."""
    told = _told("La ministre française des Armées s'est entretenue à Ouagadougou avec le président Burkinabé Kaboré.")
    assert told == talks_each(({"France", "Burkina Faso"}, {"Ouagadougou"}))
