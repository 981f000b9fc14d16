"""Talks as French news tells them, a bank written in session 35 to probe the genre rather than the sentences seen:
audiences, receptions, working sessions, phone calls, visits and delegations' stays, hosts and visitors by title,
name, adjective or « son homologue », venues as a city, palace, ministry or the country, fronted clauses and two
sentences. Among them the general causes fixed then: the one received set off by a date (« a reçu, mercredi, le
ministre X »); an official of a state's embassy or a commander of its forces met (« avec l'ambassadeur de X »,
« avec l'attaché de défense de l'ambassade de X », « une audience au commandant des forces de X »); an envoy
posted in the host's state (« l'ambassadeur de X au Y »); a counterpart met in a city of another state; a chance
of talks one had (« a eu la possibilité de rencontrer »); a delegation's stay abroad. Negatives: a ceremony, a
trip to a match, talks only planned or denied. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.kinds import Modality
from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED

A = Modality.ASSERTED


def _found(text: str) -> list[tuple[set[str], set[str], Modality]]:
    found = analyse_text(f"Titre\n{text}", published=PUBLISHED)
    return [({e.label for _, e in f.roles}, {e.label for p in f.parts for e in p.get("place")}, f.said.modality)
            for f in found.facts if f.kind == "negotiation"]


BANK = [
    # audiences and receptions
    ("Le roi du Maroc a accordé une audience au ministre français des Armées au palais royal de Rabat.",
     {"Maroc", "France"}, {"Rabat"}),
    ("L'ambassadeur du Japon au Kenya a été reçu en audience par le président kényan à Nairobi.",
     {"Japon", "Kenya"}, {"Nairobi"}),
    ("Le président tchadien a reçu en audience l'ambassadeur de Chine au Tchad.", {"Tchad", "Chine"}, set()),
    ("Le président togolais a accordé une audience au commandant des forces britanniques en Afrique de l'Ouest.",
     {"Togo", "Royaume-Uni"}, set()),
    ("Le président du Gabon a reçu, jeudi, le ministre italien de la Défense.", {"Gabon", "Italie"}, set()),
    ("Le président guinéen a reçu, lundi, le ministre portugais des Affaires étrangères, en visite de travail à "
     "Conakry.", {"Guinée", "Portugal"}, {"Conakry"}),
    ("Le chef de la diplomatie portugaise, Rui Almeida, a reçu le 4 juin, à Lisbonne, l'ambassadeur du Brésil au "
     "Portugal, Carlos Mendes.", {"Portugal", "Brésil"}, {"Lisbonne"}),
    ("Le ministre de la Défense a reçu l'ambassadrice de Suède au Kenya.", {"Suède", "Kenya"}, set()),
    ("Le ministre serbe a été reçu par son homologue hongrois à Budapest.", {"Serbie", "Hongrie"}, {"Budapest"}),
    # hosts
    ("Le président angolais a accueilli son homologue namibien à Luanda pour des entretiens bilatéraux.",
     {"Angola", "Namibie"}, {"Luanda"}),
    ("Le président kényan, Samuel Otieno, a été accueilli à Kampala par le président ougandais.",
     {"Kenya", "Ouganda"}, {"Kampala"}),
    # working sessions, meetings, joint commissions
    ("Le ministre marocain de la Défense a tenu une séance de travail avec son homologue sénégalais à Dakar.",
     {"Maroc", "Sénégal"}, {"Dakar"}),
    ("Le ministre béninois de la Défense a eu une séance de travail avec l'attaché de défense de l'ambassade "
     "d'Inde.", {"Bénin", "Inde"}, set()),
    ("Le ministre gabonais de la Défense s'est entretenu avec l'ambassadeur des États-Unis à Libreville.",
     {"Gabon", "États-Unis"}, {"Libreville"}),
    ("La commission mixte franco-algérienne s'est réunie à Alger sous la présidence des deux Premiers ministres.",
     {"France", "Algérie"}, {"Alger"}),
    ("Les ministres de la Défense du Ghana et du Togo ont tenu une réunion de travail à Lomé.",
     {"Ghana", "Togo"}, {"Lomé"}),
    # visits and stays
    ("Le ministre turc de la Défense, en visite officielle à Bakou, a été reçu par le président azerbaïdjanais.",
     {"Turquie", "Azerbaïdjan"}, {"Bakou"}),
    ("En visite de travail à Abidjan, le ministre burkinabè des Affaires étrangères a rencontré son homologue "
     "ivoirien.", {"Burkina Faso", "Côte d'Ivoire"}, {"Abidjan"}),
    ("Une délégation militaire chinoise séjourne depuis lundi à Phnom Penh, où elle a rencontré le ministre "
     "cambodgien de la Défense.", {"Chine", "Cambodge"}, {"Phnom Penh"}),
    ("Une délégation de l'armée de l'air indonésienne a séjourné à Canberra du 2 au 5 juin.",
     {"Indonésie", "Australie"}, {"Canberra"}),
    ("Le ministre portugais a rencontré son homologue, M. Hans Weber, à Vienne.", {"Portugal", "Autriche"},
     {"Vienne"}),
    # phone calls
    ("Le président français s'est entretenu au téléphone avec son homologue brésilien.", {"France", "Brésil"},
     set()),
    # by adjectives, titles only; fronted clauses; two sentences
    ("Les ministres des Affaires étrangères grec et chypriote se sont rencontrés lundi à Nicosie.",
     {"Grèce", "Chypre"}, {"Nicosie"}),
    ("Le vice-président américain a rencontré le roi de Jordanie au palais royal à Amman.",
     {"États-Unis", "Jordanie"}, {"Amman"}),
    ("À Dakar, le ministre gambien des Affaires étrangères s'est entretenu avec son homologue sénégalais.",
     {"Gambie", "Sénégal"}, {"Dakar"}),
    ("Le président colombien s'est rendu à Quito. Il s'y est entretenu avec le président équatorien.",
     {"Colombie", "Équateur"}, {"Quito"}),
    ("Une rencontre entre le président russe et le président turc s'est tenue à Sotchi.", {"Russie", "Turquie"},
     {"Sotchi"}),
]


@pytest.mark.parametrize(("text", "sides", "venues"), BANK)
def test_talks_of_the_bank(text: str, sides: set[str], venues: set[str]) -> None:
    assert _found(text) == [(sides, venues, A)]


def test_a_chance_of_talks_one_had_is_talks_held() -> None:
    assert _found("Le ministre suédois a eu la possibilité de rencontrer le secrétaire général de l'OTAN, avec "
                  "lequel il a parlé de la façon dont la Suède pourra travailler avec l'OTAN.") == [
        ({"Suède", "OTAN"}, set(), A)]


@pytest.mark.parametrize("text", [
    "Le ministre de la Défense a assisté à la cérémonie de signature du contrat à Paris.",
    "Le président sénégalais s'est rendu à Doha pour assister au match de l'équipe nationale.",
    "Une délégation de la fédération chilienne de football a séjourné à Lima pour assister au match.",
    "Le président chilien a séjourné à Lima du 2 au 5 juin.",
    "Le ministre chilien s'est rendu à Lima.",
    "Une délégation militaire chilienne s'est rendue à Lima.",
    "Le ministre a reçu, mardi, des drones livrés par la Turquie.",
])
def test_no_talks(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "modality"), [
    ("Le ministre italien devrait rencontrer son homologue libyen la semaine prochaine à Tripoli.",
     Modality.POSSIBLE),
    ("Le ministre britannique n'a pas rencontré le président iranien lors de son séjour à Téhéran.",
     Modality.DENIED),
    ("Le ministre danois a eu la possibilité d'acheter des chars allemands.", None),
])
def test_talks_planned_or_denied_are_not_asserted(text: str, modality: Modality | None) -> None:
    assert [m for _, _, m in _found(text)] == ([] if modality is None else [modality])
