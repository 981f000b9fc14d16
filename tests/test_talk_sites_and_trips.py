"""Talks told by their site or by a trip before them (session 34): a ministry, a headquarters or a palace named
as the only site of the talks is their venue; a bare title who receives officials of several states one by one
acts for the state the context gives it; talks told one or two sentences after a trip (to a city or to a state
with no city named) are between the traveller's state and the state gone to. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import parties_and_places


def _found(article: str) -> list[tuple[set[str], set[str]]]:
    return parties_and_places(article, headline=None)


@pytest.mark.parametrize(("text", "site"), [
    ("L'Ouzbékistan et la Mongolie renforcent leurs liens.\nLe ministre mongol de la Défense, Bat Erdene, a été "
     "reçu au ministère de la Défense par son homologue ouzbek Timur Karimov.", "ministère de la Défense"),
    ("L'Ouzbékistan et la Mongolie renforcent leurs liens.\nLe ministre ouzbek de la Défense Timur Karimov a reçu "
     "au quartier général des Forces armées son homologue mongol.", "quartier général des Forces armées"),
    ("L'Ouzbékistan et la Mongolie renforcent leurs liens.\nLe président ouzbek a reçu au palais Oqsaroy son "
     "homologue mongol.", "palais Oqsaroy"),
])
def test_a_ministry_a_headquarters_or_a_palace_as_the_only_site_is_the_venue(text: str, site: str) -> None:
    assert _found(text) == [({"Ouzbékistan", "Mongolie"}, {site})]


def test_a_site_hung_on_the_day_before_it_is_the_venue() -> None:
    text = ("La Tunisie renforce sa coopération.\n\nLe général Karim Haddad, chef d'état-major de l'armée tunisienne, "
            "a reçu, hier mardi au siège de l'État-major de l'armée, M. Pedro Ruiz, ministre chilien de la Défense.")
    assert _found(text) == [({"Tunisie", "Chili"}, {"siège de l'État-major de l'armée"})]


def test_a_seat_of_a_head_of_state_named_by_no_proper_name_is_the_venue() -> None:
    # the gold's convention: « au palais présidentiel » is the venue of its own (kg.extract.venues.sites)
    text = ("L'Ouzbékistan et la Mongolie renforcent leurs liens.\nLe président ouzbek a reçu au palais "
            "présidentiel son homologue mongol.")
    assert _found(text) == [({"Ouzbékistan", "Mongolie"}, {"palais présidentiel"})]


@pytest.mark.parametrize("text", [
    "Coopération militaire de l'Ouzbékistan.\nLe président ouzbek a inauguré une caserne. Le président a reçu "
    "successivement Ali Rahimov, ministre des Affaires étrangères du Tadjikistan, et Sven Lund, ambassadeur de la "
    "Norvège.",
    "L'Ouzbékistan renforce sa défense.\nLe président a reçu successivement Ali Rahimov, ministre des "
    "Affaires étrangères du Tadjikistan, et Sven Lund, ambassadeur de la Norvège.",
])
def test_a_bare_title_receiving_officials_one_by_one_meets_each_state(text: str) -> None:
    assert sorted(sorted(sides) for sides, _ in _found(text)) == [["Norvège", "Ouzbékistan"],
                                                                  ["Ouzbékistan", "Tadjikistan"]]


@pytest.mark.parametrize(("text", "where"), [
    ("Le ministre chilien de la Défense s'est rendu à Lima lundi. Les deux ministres ont évoqué la sécurité "
     "régionale.", "Lima"),
    ("Le ministre chilien de la Défense s'est rendu à Lima lundi. Il a visité une école militaire. Les "
     "discussions ont porté sur la formation.", "Lima"),
    ("Le ministre chilien de la Défense s'est rendu au Pérou lundi. Il a visité une école militaire. Les "
     "discussions ont porté sur la formation.", "Pérou"),
])
def test_talks_told_after_a_trip_are_with_the_state_gone_to(text: str, where: str) -> None:
    assert _found(f"Titre\n{text}") == [({"Chili", "Pérou"}, {where})]


def test_talks_three_sentences_after_a_trip_have_no_sides_from_it() -> None:
    text = ("Titre\nLe ministre chilien de la Défense s'est rendu à Lima lundi. Il a visité une école. Il a "
            "salué les cadets. Les discussions ont porté sur la formation.")
    assert _found(text) == []
