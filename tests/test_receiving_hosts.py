"""The state of one who receives a guest in a city (sentences written for these tests): the subject of an active
« a reçu à <ville> » is the host, the state of that city; not a guest received there in the passive, nor a visitor
who receives people in the city they visit."""

from __future__ import annotations

from tests.conftest import posts_told


def states(text: str) -> dict[str, str | None]:
    """Holder -> state label of the post (or None)."""
    return {p.holder: p.org for p in posts_told(text)}


def test_the_subject_who_receives_in_a_city_serves_its_state() -> None:
    found = states("Le ministre de la Défense nationale, M. Karamba Diallo, a reçu jeudi 4 mars 2021, à Conakry, "
                   "le général Omar Benslimane, inspecteur général des forces armées royales marocaines.")
    assert found.get("Karamba Diallo") == "Guinée"


def test_a_title_set_off_after_the_name_receives_too() -> None:
    found = states("M. Karamba Diallo, ministre de la Défense, a accueilli lundi à Conakry une délégation "
                   "marocaine conduite par le général Omar Benslimane.")
    assert found.get("Karamba Diallo") == "Guinée"


def test_a_guest_received_in_the_passive_is_not_the_host() -> None:
    found = states("Le ministre de la Défense, Karamba Diallo, a été reçu jeudi à Rabat par le général Omar "
                   "Benslimane, inspecteur général des forces armées royales guinéennes.")
    assert found.get("Karamba Diallo") != "Maroc"


def test_a_visitor_receiving_in_the_city_visited_is_not_its_host() -> None:
    found = states("Le ministre de la Défense, Karamba Diallo, en visite au Maroc, a reçu jeudi à Rabat des "
                   "officiers guinéens.")
    assert found.get("Karamba Diallo") != "Maroc"
