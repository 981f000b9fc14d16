"""A post a state gives one person at a time: once the article gave it to someone in a state, another person
titled so with no state, and the members of their side joined to them, could serve another state (not adopted: the
first test is a strict xfail; sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import post_states

VISIT = ("Le Japon et le Chili veulent renforcer leur coopération. Le Japon a reçu une délégation à Tokyo. "
         "Le ministre japonais de la Défense, Kenji Arata, a salué le rôle du Japon dans la région. ")


@pytest.mark.parametrize("sentence", [
    "Ruben Solano, ministre des Affaires étrangères, et Mateo Ferrán, ministre de la Défense, assistaient aux "
    "manœuvres.",
    "Le ministre de la Défense, Mateo Ferrán, et le ministre des Affaires étrangères Ruben Solano assistaient à "
    "l'entretien.",
])
@pytest.mark.xfail(strict=True, reason="rule taken back: on a never-read set it moved a true post to the other "
                   "state (session 36); a second holder with no state stays the story's")
def test_a_second_holder_of_a_sole_post_and_his_side_serve_the_other_state(sentence: str) -> None:
    states = post_states(VISIT + sentence + " Le Chili souhaite acheter des radars.")
    assert states["Kenji Arata"] == "Japon"
    assert states["Mateo Ferrán"] == "Chili"
    assert states["Ruben Solano"] == "Chili"


def test_the_same_holder_named_again_keeps_his_state() -> None:
    states = post_states(VISIT + "Le ministre de la Défense Kenji Arata a ensuite visité un chantier naval. "
                         "Le Chili souhaite acheter des radars.")
    assert states["Kenji Arata"] == "Japon"


@pytest.mark.parametrize("sentence", [
    "Le ministre des Affaires étrangères, Ruben Solano, était présent à la réunion.",
    "Le ministre de l'Industrie, Ruben Solano, a rencontré le ministre de la Défense Mateo Ferrán.",
])
def test_a_post_no_one_else_holds_keeps_the_state_the_story_is_about(sentence: str) -> None:
    """Not joined to the second defence minister (a verb between them): the other minister is the story's."""
    states = post_states(VISIT + sentence + " Le Chili souhaite acheter des radars.")
    assert states["Ruben Solano"] == "Japon"
