"""Where talks are held when a verb of taking place carries the place (session 42): talks that are the subject of
« se tenir », « se dérouler », « avoir lieu » are held at the site hung on that verb, a palace or a headquarters the
reference data lacks. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import sides_and_venues
from tests.test_extractors import PUBLISHED


def _found(text: str) -> list[tuple[set[str], set[str]]]:
    return sides_and_venues([f for f in analyse_text(text, published=PUBLISHED).facts if f.kind == "negotiation"])


@pytest.mark.parametrize(("text", "site"), [
    ("Les discussions entre le ministre tchèque de la Défense et son homologue polonais se sont tenues mardi au "
     "palais Vrtba.", "palais Vrtba"),
    ("Les entretiens entre le président slovaque et son homologue hongrois se sont déroulés au palais Grassalkovich.",
     "palais Grassalkovich"),
    ("Les pourparlers entre le ministre letton de la Défense et son homologue estonien ont eu lieu jeudi au siège "
     "du ministère de la Défense.", "siège du ministère de la Défense"),
])
def test_a_site_on_the_verb_the_talks_take_place_by_is_their_venue(text: str, site: str) -> None:
    assert [places for _, places in _found(text)] == [{site}]


@pytest.mark.parametrize("text", [
    # the site of another event told in the same sentence is no venue of the talks
    "Les discussions entre le ministre tchèque de la Défense et son homologue polonais se sont tenues mardi, après "
    "une cérémonie au palais Vrtba.",
    # a site the talks are about, not where they are held
    "Les entretiens entre le président slovaque et son homologue hongrois ont porté sur la rénovation du palais "
    "Grassalkovich.",
])
def test_a_site_not_hung_on_the_verb_of_taking_place_is_no_venue(text: str) -> None:
    assert all(not places for _, places in _found(text))


@pytest.mark.parametrize("text", [
    "Les discussions entre le ministre péruvien de la Défense et son homologue chilien se sont tenues au Pérou.",
    "Le ministre kényan de la Défense a rencontré son homologue ougandais. Ces entretiens se sont déroulés au Kenya.",
])
def test_a_state_told_as_where_talks_take_place_is_their_venue_though_a_side(text: str) -> None:
    found = _found(text)
    assert len(found) == 1 and len(found[0][1]) == 1 and found[0][1] <= found[0][0]


@pytest.mark.parametrize("text", [
    # a side's state the talks are about, or where they merely meet, is no venue
    "Les discussions entre le ministre péruvien de la Défense et son homologue chilien ont porté sur la sécurité au "
    "Pérou.",
    "Le ministre kényan de la Défense a rencontré au Kenya son homologue ougandais.",
])
def test_a_side_state_not_told_as_where_talks_take_place_is_no_venue(text: str) -> None:
    assert all(not places for _, places in _found(text))


@pytest.mark.parametrize("text", [
    # a place only an invitation sends someone to, or the place of a meeting only planned, sets no scene
    "Le ministre grec des Affaires étrangères, Stavros Karelis, a remis au président croate une lettre l'invitant à se "
    "rendre en Grèce. Stavros Karelis s'est ensuite entretenu avec son homologue croate Tomislav Horvat.",
    "Le ministre néerlandais de la Défense, Joost van Dalen, a évoqué une rencontre prévue à Zagreb le mois "
    "prochain. Joost van Dalen s'est ensuite entretenu avec son homologue croate Marko Vuković.",
    "Le ministre belge de la Défense, Theo Francken, a confirmé la prochaine réunion à Zagreb. Theo Francken s'est "
    "ensuite entretenu avec son homologue croate Marko Vuković.",
])
def test_a_place_where_no_one_is_yet_sets_no_scene(text: str) -> None:
    found = _found(text)
    assert found and all(not places for _, places in found)


def test_a_place_someone_arrived_in_sets_the_scene() -> None:
    text = ("Le ministre néerlandais de la Défense, Joost van Dalen, est arrivé à Zagreb lundi. Joost van Dalen "
            "s'est ensuite entretenu avec son homologue croate Marko Vuković.")
    assert [places for _, places in _found(text)] == [{"Zagreb"}]
