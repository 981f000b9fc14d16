"""Officials of several states met one by one, listed by a title and demonyms coordinated on it (sentences written
for these tests): « X a rencontré le président A et les ministres B et C »: each state met talks apart with the one
who meets them; a meeting the sentence tells as held by all together (« tripartite ») stays one."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told


@pytest.mark.parametrize(("text", "pairs"), [
    pytest.param("Le ministre turc Hakan Demir a rencontré le président kényan et les ministres indien et brésilien "
                 "des Affaires étrangères.", [{"Turquie", "Kenya"}, {"Turquie", "Inde"}, {"Turquie", "Brésil"}],
                 id="title-then-plural-title"),
    pytest.param("Le chef de la diplomatie portugaise a reçu les ambassadeurs angolais et mozambicain.",
                 [{"Portugal", "Angola"}, {"Portugal", "Mozambique"}], id="plural-title-first"),
    pytest.param("Mardi, le ministre japonais de la Défense s'est entretenu avec les ministres philippin, "
                 "vietnamien et indonésien.", [{"Japon", "Philippines"}, {"Japon", "Vietnam"},
                                               {"Japon", "Indonésie"}], id="three-coordinated"),
])
def test_each_state_listed_meets_apart(text: str, pairs: list[set[str]]) -> None:
    assert talks_told(text, None) == talks_each(*((p, set()) for p in pairs))


@pytest.mark.parametrize(("text", "sides"), [
    pytest.param("Le ministre turc a rencontré les ministres indien et brésilien lors d'une réunion tripartite.",
                 {"Turquie", "Inde", "Brésil"}, id="tripartite"),
    pytest.param("Les ministres indien et brésilien des Affaires étrangères ont rencontré le ministre turc.",
                 {"Turquie", "Inde", "Brésil"}, id="listed-as-subjects"),
])
def test_meetings_told_as_one(text: str, sides: set[str]) -> None:
    assert talks_told(text, None) == talks_each((sides, set()))
