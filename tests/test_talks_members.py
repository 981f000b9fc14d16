"""Talks told by who meets rather than by a verb of two sides: the officials of several states listed after a noun of
talks, a joint commission convened, a call to an official, a firm's officials met, a head of state a dispatch names
by title alone. Sentences written for the purpose (session 23)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.conftest import sides_and_venues
from tests.test_extractors import PUBLISHED


def _talks(text: str) -> list[Fact]:
    return [f for f in analyse_text(f"Titre\n{text}", published=PUBLISHED).facts if f.kind == "negotiation"
            and f.modality.value in {"asserted", "reported"}]


def _told(text: str) -> list[tuple[set[str], set[str]]]:
    return sides_and_venues(_talks(text))


MEMBERS = [
    ("La réunion des ministres de la Défense du Tchad, du Cameroun et du Nigeria s'est tenue jeudi à Yaoundé.",
     [({"Tchad", "Cameroun", "Nigeria"}, {"Yaoundé"})]),
    ("Le sommet des chefs d'État du Rwanda et du Burundi a eu lieu samedi à Kigali.",
     [({"Rwanda", "Burundi"}, {"Kigali"})]),
    # « togolais » the tagger reads as a verb, after a demonym it is listed with
    ("La rencontre entre les présidents nigérian et togolais a eu lieu à Lomé.",
     [({"Nigeria", "Togo"}, {"Lomé"})]),
    # one body's officials, or a topic after the list, are no side
    ("La réunion des ministres de la Défense de l'OTAN s'est tenue à Bruxelles.", []),
    ("Le sommet des dirigeants du Brésil et de l'Argentine sur le Paraguay a eu lieu à Brasilia.",
     [({"Brésil", "Argentine"}, {"Brasilia"})]),
    ("La rencontre des supporters de la Tunisie et du Maroc a dégénéré à Sousse.", []),
]


@pytest.mark.parametrize(("text", "told"), MEMBERS)
def test_the_states_of_the_officials_who_meet_are_the_sides(text: str, told: list[tuple[set[str], set[str]]]) \
        -> None:
    """« la réunion des ministres de A, de B et de C », « la rencontre entre les présidents a et b »."""
    assert _told(text) == told


JOINT = [
    ("Le Kenya et l'Éthiopie ont convoqué lundi la 9e commission militaire mixte à Addis-Abeba.",
     [({"Kenya", "Éthiopie"}, {"Addis-Abeba"})]),
    ("Le ministre gabonais et son homologue camerounais ont coprésidé la commission mixte tenue à Libreville.",
     [({"Gabon", "Cameroun"}, {"Libreville"})]),
    ("La Commission européenne a réuni lundi les ministres à Bruxelles.", []),
    ("Le comité olympique du Kenya et de l'Éthiopie a tenu une séance à Nairobi.", []),
]


@pytest.mark.parametrize(("text", "told"), JOINT)
def test_a_joint_commission_convened_is_talks(text: str, told: list[tuple[set[str], set[str]]]) -> None:
    """A joint commission (« mixte », « conjoint ») is a meeting of the states that convene or chair it; the
    European Commission is a body."""
    assert _told(text) == told


CALLS = [
    ("Le Premier ministre néo-zélandais a téléphoné à son homologue fidjien.",
     [({"Nouvelle-Zélande", "Fidji"}, set())]),
    ("Le président chilien a appelé mardi le président bolivien.", [({"Chili", "Bolivie"}, set())]),
    ("Le président tanzanien a été appelé par son homologue mozambicain.", [({"Tanzanie", "Mozambique"}, set())]),
    # exhortations and other calls are no talks
    ("Le président zambien a appelé à la retenue.", []),
    ("Le président malgache a appelé le président comorien à libérer les prisonniers.", []),
    ("Ce navire s'appelle le Vaillant.", []),
]


@pytest.mark.parametrize(("text", "told"), CALLS)
def test_a_call_to_an_official_is_talks_held_nowhere(text: str, told: list[tuple[set[str], set[str]]]) -> None:
    """« X a téléphoné à son homologue », « X a appelé le président Y »; « appeler à la retenue » is none."""
    assert _told(text) == told


FIRMS = [
    ("Le ministre colombien de la Défense a reçu une délégation d'Airbus à Bogota.",
     [({"Colombie", "Airbus"}, {"Bogota"})]),
    ("Le ministre marocain a rencontré à Stockholm des représentants de Saab.", [({"Maroc", "Saab"}, {"Stockholm"})]),
    ("À son arrivée à Séoul, le président péruvien a eu une séance de travail avec les dirigeants de Hanwha "
     "Aerospace.", [({"Pérou", "Hanwha Aerospace"}, {"Séoul"})]),
    ("Le ministre brésilien a reçu des offres de Saab.", []),
]


@pytest.mark.parametrize(("text", "told"), FIRMS)
def test_the_officials_of_a_firm_met_are_its_side(text: str, told: list[tuple[set[str], set[str]]]) -> None:
    """« a reçu une délégation de X », « a rencontré des représentants de X », « une séance de travail avec les
    dirigeants de X »: talks with that firm; its offers received are none."""
    assert _told(text) == told


DISPATCHES = [
    ("LUSAKA, 4 mars (AFP) — Le président de la République a reçu mardi le ministre angolais de la Défense.",
     [({"Zambie", "Angola"}, {"Lusaka"})]),
    ("DOHA, 4 mars (AFP) — Le ministre italien de la Défense, en visite au Qatar, a été reçu par l'émir.",
     [({"Italie", "Qatar"}, {"Doha"})]),
]


@pytest.mark.parametrize(("text", "told"), DISPATCHES)
def test_an_official_titled_alone_in_a_dispatch(text: str, told: list[tuple[set[str], set[str]]]) -> None:
    """An official titled with neither state nor name is of the state visited when the visitor meets them, else of
    the state the dispatch is filed from."""
    assert _told(text) == told



@pytest.mark.parametrize("text", [
    # a pronoun gives one of those who meet, not both
    "Les ministres kényan et ougandais se sont entretenus à Nairobi. Ils ont été accueillis au palais, où ils ont "
    "eu une réunion avec le secrétaire d'État américain.",
    # plural ministers titled alone in a dispatch are of both sides, not of the dispatch's state
    "NAIROBI, 4 mars (AFP) — Les ministres kényan et ougandais se sont entretenus lundi. Les ministres des Affaires "
    "étrangères ont remercié la partie américaine d'avoir accueilli les négociations.",
])
def test_one_side_of_two_who_meet_is_no_side_alone(text: str) -> None:
    """No talks between one of two ministers who met and a third party they both met or thanked."""
    assert not [sides for sides, _ in _told(text) if len(sides) == 2 and "États-Unis" in sides]
