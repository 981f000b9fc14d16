"""A title named as one of a group of officials a demonym or a state's name gives (« les dirigeants laotiens, y
compris le Premier ministre X ») serves that state: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import post_states


@pytest.mark.parametrize("text", [
    "Le ministre japonais de la Défense a rencontré les dirigeants laotiens, y compris le Premier ministre Somdet "
    "Phanvilay, lors de sa visite.",
    "Le ministre japonais de la Défense a vu plusieurs responsables laotiens, dont le ministre des Finances Somdet "
    "Phanvilay.",
    "Le ministre japonais a rencontré les dirigeants du Laos, notamment le Premier ministre Somdet Phanvilay.",
])
def test_a_title_listed_among_a_state_s_officials_serves_that_state(text: str) -> None:
    assert post_states(text)["Somdet Phanvilay"] == "Laos"


@pytest.mark.parametrize("text", [
    "Le ministre japonais de la Défense a rencontré des journalistes laotiens, dont le Premier ministre Somdet "
    "Phanvilay.",
    "Le ministre japonais de la Défense a rencontré le dirigeant laotien, y compris le Premier ministre Somdet "
    "Phanvilay.",
])
def test_no_group_of_officials_gives_no_state(text: str) -> None:
    """Not a group of officials (« des journalistes »), or one official (the singular): the rule does not fire."""
    assert post_states(text).get("Somdet Phanvilay") != "Laos"
