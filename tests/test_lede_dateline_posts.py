"""A post told with no state in a dispatch whose lede opens with its city in capitals and a dash, undated
(« VILLE - Le ministre ... »), serves that city's state when the story gives it to no one else (sentences written
for these tests)."""

from __future__ import annotations

from tests.conftest import posts_told

_HEADLINE = "Coopération navale renforcée avec le Chili\n\n"


def post_states(text: str) -> dict[str, str | None]:
    """Holder -> the state of their post, the text's first line its headline."""
    return {p.holder: p.org for p in posts_told(text, headline=None)}


def test_an_undated_capital_dateline_gives_its_state_to_an_untold_minister() -> None:
    text = _HEADLINE + "LIMA - Le ministre de la Défense Rodrigo Salcedo a annoncé un exercice commun avec le Chili."
    assert post_states(text)["Rodrigo Salcedo"] == "Pérou"


def test_without_the_dateline_the_minister_gets_no_state() -> None:
    text = _HEADLINE + "Le ministre de la Défense Rodrigo Salcedo a annoncé un exercice commun avec le Chili."
    assert post_states(text)["Rodrigo Salcedo"] is None


def test_a_demonym_wins_over_the_dateline() -> None:
    text = _HEADLINE + "LIMA - Le ministre chilien de la Défense Rodrigo Salcedo a annoncé un exercice commun."
    assert post_states(text)["Rodrigo Salcedo"] == "Chili"


def test_a_lowercase_dash_inside_the_lede_is_no_dateline() -> None:
    text = _HEADLINE + "Selon Lima - la presse locale - le ministre de la Défense Rodrigo Salcedo veut un exercice " \
                       "commun avec le Chili."
    assert post_states(text).get("Rodrigo Salcedo") != "Pérou"
