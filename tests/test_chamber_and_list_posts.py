"""Posts of officials the text names in lists and by a chamber's title (sentences written for these tests): a list
that opens with a title goes on title first; a chamber's speaker serves a state; the delegation a relative clause has
the holder lead tells their side; posts listed together in a sentence where no one meets anyone are one side."""

from __future__ import annotations

import pytest

from tests.conftest import post_states, posts

ROLE = "https://w3id.org/kg-news/id/role-"
GHANA = "Le Ghana modernise son armée. Le Ghana achète des avions et le Ghana forme ses pilotes. "


def test_a_list_that_opens_with_a_title_goes_on_title_first() -> None:
    """« Le T1, A, le T2, B, l'T3, C »: each title is the name's after it, not the one before it."""
    found = posts(GHANA + "Le vice-président, Kofi Mensah, le ministre de la Défense, Yaw Boateng, "
                          "l'ambassadeur de Turquie à Accra, Ahmet Demir, et de nombreux invités ont assisté à la "
                          "cérémonie.")
    assert {(holder, tail) for holder, tail, _ in found} >= {
        ("Kofi Mensah", "vice-president"), ("Yaw Boateng", "minister-of-defence"), ("Ahmet Demir", "ambassador")}
    assert ("Kofi Mensah", "minister-of-defence") not in {(holder, tail) for holder, tail, _ in found}
    assert ("Ahmet Demir", "ambassador", "Turquie") in found


def test_a_list_that_opens_with_a_name_goes_on_name_first() -> None:
    """« A, le T1, B, le T2 »: each title is the name's before it."""
    found = {(holder, tail) for holder, tail, _ in posts(
        GHANA + "Il a rencontré Kofi Mensah, le vice-président, Yaw Boateng, le ministre de la Défense, et des "
                "officiers.")}
    assert {("Kofi Mensah", "vice-president"), ("Yaw Boateng", "minister-of-defence")} <= found


@pytest.mark.parametrize(("sentence", "holder"), [
    ("« Rien n'est joué », a déclaré Kwame Asante, l'ancien vice-président du Parlement.", "Kwame Asante"),
    ("Kwame Asante, président de l'Assemblée nationale, a salué le vote.", "Kwame Asante"),
])
def test_a_chamber_s_speaker_serves_the_state_the_article_is_about(sentence: str, holder: str) -> None:
    assert post_states(GHANA + sentence)[holder] == "Ghana"


def test_a_chamber_of_an_organisation_is_no_state_s() -> None:
    """« président de l'Assemblée générale des Nations unies »: the organisation's, not the state's."""
    assert post_states(GHANA + "Kwame Asante, président de l'Assemblée générale des Nations unies, a parlé.")[
        "Kwame Asante"] != "Ghana"


def test_the_delegation_a_relative_clause_has_the_holder_lead_gives_their_state() -> None:
    """« X, président de l'Assemblée nationale qui conduisait la délégation du gouvernement vénézuélien à la
    réunion de Paris »: Venezuela, not the state the dispatch is filed from nor the venue's."""
    text = ("La Havane, 3 mai (Agence) - Les pourparlers reprennent à Paris. Cuba salue la reprise. Cuba "
            "soutient le dialogue. À cette occasion, Jorge Ramos, président de l'Assemblée nationale qui conduisait "
            "la délégation du gouvernement vénézuélien à la réunion de Paris, a affirmé que le dialogue progressait.")
    assert post_states(text)["Jorge Ramos"] == "Venezuela"


def test_posts_listed_together_where_no_one_meets_are_one_side() -> None:
    """« en présence de représentants du gouvernement, dont X, président du comité ..., et le président ghanéen Y »:
    in an article about one state, the other post's state is no other side."""
    text = GHANA + "La base a été ouverte en présence de nombreux représentants du gouvernement, dont Kwame Asante, " \
                   "président du comité d'État pour la sécurité nationale, et le président ghanéen Kofi Mensah."
    assert post_states(text)["Kwame Asante"] == "Ghana"


def test_posts_met_in_a_meeting_stay_other_sides() -> None:
    """« X a reçu le général Y, chef de l'armée soudanaise »: the host of the meeting is no Sudanese."""
    text = ("Le Soudan est en guerre. Le Soudan souffre et le Soudan négocie. Le général Ali Osman a reçu le "
            "général Omar Hassan, chef de l'armée soudanaise.")
    assert post_states(text).get("Ali Osman") != "Soudan"
