"""Sides and venues of talks and deals that the parse loses (issue 12, session 21): a pair of an official and
« son homologue X » as the subject, however the parser hangs the counterpart; talks on the margins of an event,
held where the subject's incise places it, whose main verb the parser hangs on the event's relative clause; a
trip made to tell or hand something to an official of another state; a host of several counterparts listed by
state, and the event that gathers them (« ce symposium près de X »). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

PAIRS = [
    Case("official-of-an-army-and-counterpart-sign", "L'adjoint au chef d'état-major de la marine chilienne et son "
         "homologue péruvien ont signé un mémorandum.", "agreement", {"party": {"Chili", "Pérou"}}),
    Case("named-official-and-counterpart-sign-after-a-source", "D'après l'agence officielle, le vice-amiral Luis "
         "Soto, l'adjoint au chef d'état-major de la marine chilienne et son homologue péruvien ont signé un "
         "mémorandum.", "agreement", {"party": {"Chili", "Pérou"}}),
    Case("official-and-counterpart-may-sign", "Le commandant de la flotte chilienne et son homologue péruvien "
         "pourraient signer un mémorandum.", "agreement", {"party": {"Chili", "Pérou"}}, "possible"),
    Case("official-and-counterpart-talk", "L'adjoint au chef d'état-major de la marine chilienne et son homologue "
         "péruvien se sont entretenus à Lima.", "negotiation", {"participant": {"Chili", "Pérou"}},
         venues={"Lima"}),
]

MARGINS = [
    Case("met-on-a-visit-to-attend-a-meeting-held-in-a-city", "Le ministre chilien de la Défense, en visite au Pérou "
         "afin de participer à la réunion des ministres de l'Organisation des États américains (OEA) qui se "
         "tiendra à Lima, a rencontré son homologue péruvien.", "negotiation", {"participant": {"Chili", "Pérou"}},
         venues={"Lima"}),
    Case("met-while-present-in-a-city-for-a-meeting", "Le ministre indien de la Défense, présent à Bangkok pour la "
         "réunion de l'ASEAN qui a lieu cette semaine, a rencontré son homologue thaïlandais.", "negotiation",
         {"participant": {"Inde", "Thaïlande"}}, venues={"Bangkok"}),
    Case("talked-after-coming-for-a-summit-held-in-a-city", "Le président brésilien, venu en Argentine pour le "
         "sommet du Mercosur qui se déroule à Buenos Aires, s'est entretenu avec le président uruguayen.",
         "negotiation", {"participant": {"Brésil", "Uruguay"}}, venues={"Buenos Aires"}),
]


@pytest.mark.parametrize("case", params(MARGINS))
def test_margins(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    "Le ministre chilien, originaire de Valparaiso, a rencontré son homologue péruvien.",  # where he comes from
    "Le ministre chilien, qui a grandi à Valparaiso, a rencontré son homologue péruvien.",  # where he grew up
])
def test_a_city_of_the_subject_s_past_is_no_venue(sentence: str) -> None:
    found = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    assert [f.parts for f in found.facts if f.kind == "negotiation"] == [()]

TRIPS = [
    Case("went-to-announce-to-a-head-of-state", "L'émir du Koweït s'est rendu à Ankara pour annoncer au président "
         "turc un plan d'investissement.", "negotiation", {"participant": {"Koweït", "Turquie"}}, venues={"Ankara"}),
    Case("went-to-hand-a-letter-to-a-head-of-state", "Le roi de Jordanie s'est rendu à Paris pour remettre au "
         "président français une lettre.", "negotiation", {"participant": {"Jordanie", "France"}},
         venues={"Paris"}),
    Case("travelled-to-set-out-proposals-to-a-minister", "Le ministre chilien de la Défense s'est déplacé à Quito "
         "pour exposer au ministre équatorien ses propositions.", "negotiation",
         {"participant": {"Chili", "Équateur"}}, venues={"Quito"}),
    Case("may-go-to-present-a-project-to-a-president", "Le président chilien pourrait se rendre à Lima pour "
         "présenter au président péruvien un projet de corridor.", "negotiation",
         {"participant": {"Chili", "Pérou"}}, "possible", venues={"Lima"}),
]


@pytest.mark.parametrize("case", params(TRIPS))
def test_trips(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    "Le président chilien s'est rendu à Lima pour remettre une médaille aux soldats.",  # no official of a state
    "Le président chilien s'est rendu à Lima pour annoncer aux journalistes sa candidature.",
])
def test_a_trip_to_address_no_official_is_no_talks(sentence: str) -> None:
    found = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    assert not [f for f in found.facts if f.kind == "negotiation"]

HOSTS = [
    Case("receives-counterparts-listed-after-dont", "Le ministre chilien de la Défense reçoit ses homologues "
         "sud-américains, dont ceux du Pérou, de la Bolivie et de l'Équateur.", "negotiation",
         {"participant": {"Chili", "Pérou", "Bolivie", "Équateur"}}),
    Case("receives-some-of-his-counterparts-on-a-day", "Le général chilien Juan Soto reçoit vendredi 12 juin 13 de "
         "ses homologues, dont notamment les chefs d'état-major de l'armée de terre du Pérou, de la Bolivie et de "
         "l'Équateur.", "negotiation", {"participant": {"Chili", "Pérou", "Bolivie", "Équateur"}}),
    Case("hosts-counterparts-this-week", "Le chef d'état-major chilien accueille cette semaine ses homologues du "
         "Pérou, de l'Argentine et de l'Uruguay.", "negotiation",
         {"participant": {"Chili", "Pérou", "Argentine", "Uruguay"}}),
    Case("this-seminar-near-a-town-is-the-venue", "Le ministre chilien a reçu ses homologues du Pérou et de la "
         "Bolivie. Ce séminaire près de Valparaiso vise à renforcer la coopération.", "negotiation",
         {"participant": {"Chili", "Pérou", "Bolivie"}}, venues={"Valparaiso"}),
    Case("this-symposium-in-a-town-is-the-venue", "Le ministre chilien a reçu son homologue péruvien. Ce symposium à "
         "Valparaiso a duré deux jours.", "negotiation", {"participant": {"Chili", "Pérou"}},
         venues={"Valparaiso"}),
]


@pytest.mark.parametrize("case", params(HOSTS))
def test_hosts(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    # « un séminaire » is not the talks told before, and names no venue of theirs
    "Le ministre chilien a reçu son homologue péruvien. Un séminaire près de Valparaiso a réuni des étudiants.",
    "Le ministre chilien a reçu jeudi ses homologues.",  # no state of the counterparts named
])
def test_no_hosted_talks_or_venue(sentence: str) -> None:
    found = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    assert all(not f.parts for f in found.facts if f.kind == "negotiation")
    assert all(len(f.get("participant")) <= 2 for f in found.facts if f.kind == "negotiation")


@pytest.mark.parametrize("case", params(PAIRS))
def test_pairs(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    # a counterpart with no state named is no side
    "Le commandant de la flotte chilienne et son homologue ont signé un mémorandum.",
])
def test_no_pair_without_the_counterpart_s_state(sentence: str) -> None:
    found = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    assert not [f for f in found.facts if f.kind == "agreement" and len(f.get("party")) >= 2]


MEETINGS_OF_A_PAIR = [
    Case("meeting-of-the-bodies-of-both-countries", "Le Kenya et la Tanzanie ont signé un plan de coopération.\n"
         "Une réunion entre les ministres des deux pays a eu lieu en mars.", "negotiation",
         {"participant": {"Kenya", "Tanzanie"}}),
    Case("first-consultation-of-both-defence-departments", "Le Kenya et la Tanzanie ont signé un plan de "
         "coopération.\nCette réunion était la première réunion officielle entre les départements de défense des deux "
         "pays.", "negotiation", {"participant": {"Kenya", "Tanzanie"}}),
]


@pytest.mark.parametrize("case", params(MEETINGS_OF_A_PAIR))
def test_a_meeting_of_the_pair_told_before(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("text", [
    "Le Kenya et la Tanzanie ont signé un plan de coopération.\nLa réunion du conseil a eu lieu lundi.",
    "Le Kenya a signé un contrat.\nUne réunion des deux équipes a eu lieu.",
])
def test_a_meeting_of_no_pair_is_no_talks(text: str) -> None:
    assert not [f for f in analyse_text(f"Titre\n{text}", published=PUBLISHED).facts if f.kind == "negotiation"]
