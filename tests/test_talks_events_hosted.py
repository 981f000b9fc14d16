"""Talks read since session 36: a named event whose topic comes between its noun and the pair of states (« le 3e
Dialogue sur la sécurité maritime A-B »); a joint press conference (on a participle that qualifies it, after a
comma, or given by two states' officials together); a meeting a state or a city hosts (« le Kenya a accueilli le
sommet, réunissant ... ») is held there; a first person in a quote the speaker opens after the verb of saying
(« X a déclaré : « J'ai rencontré mon homologue ... » ») is that speaker. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import parties_and_places as _found


@pytest.mark.parametrize(("text", "sides", "places"), [
    ("Le 3e Dialogue sur la sécurité maritime Inde-Japon s'est tenu le 5 mars à Tokyo.",
     {"Inde", "Japon"}, {"Tokyo"}),
    ("Le deuxième Dialogue sur la coopération militaire Chili-Argentine s'est déroulé mardi à Santiago.",
     {"Chili", "Argentine"}, {"Santiago"}),
    ("La 5e Réunion sur la défense Maroc-Espagne a eu lieu à Rabat.", {"Maroc", "Espagne"}, {"Rabat"}),
])
def test_named_event_with_topic(text: str, sides: set[str], places: set[str]) -> None:
    assert (sides, places) in _found(text), _found(text)


@pytest.mark.parametrize(("text", "sides", "places"), [
    ("La décision a été annoncée par le ministre kényan de l'Intérieur, Joseph Kamau, lors d'une conférence de "
     "presse tenue à Nairobi, avec son homologue éthiopien Abebe Tesfaye.", {"Kenya", "Éthiopie"}, {"Nairobi"}),
    ("Le chef de la diplomatie chilienne, Juan Pérez, l'a dit lors d'une conférence de presse tenue conjointement à "
     "Santiago avec son homologue argentin Luis Gómez.", {"Chili", "Argentine"}, {"Santiago"}),
    ("Le ministre grec Nikos Andreou a annoncé la nouvelle lors d'une conférence de presse organisée à Athènes avec "
     "son homologue chypriote.", {"Grèce", "Chypre"}, {"Athènes"}),
    ("Le président kényan et le Premier ministre éthiopien ont tenu une conférence de presse à Nairobi.",
     {"Kenya", "Éthiopie"}, {"Nairobi"}),
])
def test_joint_press_conference(text: str, sides: set[str], places: set[str]) -> None:
    assert (sides, places) in _found(text), _found(text)


@pytest.mark.parametrize(("text", "sides", "places"), [
    ("En mars, le Sénégal avait accueilli le Sommet des armées de l'air africaines, réunissant des partenaires "
     "étrangers, dont la France.", {"Sénégal", "France"}, {"Sénégal"}),
    ("Le Kenya a accueilli en mai le sommet régional réunissant l'Ouganda et la Tanzanie.",
     {"Kenya", "Ouganda", "Tanzanie"}, {"Kenya"}),
    ("Le Kenya a accueilli en mai le sommet régional à Mombasa, réunissant l'Ouganda et la Tanzanie.",
     {"Kenya", "Ouganda", "Tanzanie"}, {"Mombasa"}),
])
def test_meeting_hosted(text: str, sides: set[str], places: set[str]) -> None:
    assert (sides, places) in _found(text), _found(text)


@pytest.mark.parametrize(("text", "sides", "places"), [
    ("Le ministre argentin de la Défense a déclaré : « J'ai rencontré mon homologue brésilien à Brasilia. »",
     {"Argentine", "Brésil"}, {"Brasilia"}),
    ("La ministre néerlandaise de la Défense a affirmé : « Nous avons discuté avec le ministre belge à Anvers. »",
     {"Pays-Bas", "Belgique"}, {"Anvers"}),
])
def test_quoted_first_person(text: str, sides: set[str], places: set[str]) -> None:
    assert (sides, places) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "Un dialogue sur la frontière Inde-Chine a eu lieu à Genève.",
    "Les discussions sur le conflit Arménie-Azerbaïdjan ont eu lieu à Paris.",
    "Le ministre grec Nikos Andreou a annoncé la nouvelle lors d'une conférence de presse organisée à Athènes avec "
    "des journalistes chypriotes.",
    "Le ministre grec et le chef d'état-major grec ont tenu une conférence de presse à Athènes.",
    "Le Kenya a accueilli en mai le sommet régional des chefs d'état-major.",
    "Le ministre argentin de la Défense a déclaré : « Le ministre brésilien s'est rendu à Brasilia. »",
])
def test_no_talks(text: str) -> None:
    assert not _found(text), text
