"""A monarch is named by one name after their title (« le roi Prénom »): that lone word is a person, who holds the
crown of the one state of the article whose crown bears the title (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import post_states


@pytest.mark.parametrize(("text", "holder", "state"), [
    ("Le Cambodge a commandé des patrouilleurs. Le roi Norodom a approuvé la commande du Cambodge.",
     "Norodom", "Cambodge"),
    ("Oman achète des radars. L'accord a été signé en présence du sultan Qabouss, a annoncé Oman.",
     "Qabouss", "Oman"),
    ("Le Népal a suspendu les livraisons d'armes après le coup d'État mené en 2005 par le roi Birendra. Le Népal "
     "a depuis changé de régime.", "Birendra", "Népal"),
])
def test_a_monarch_named_by_one_name_holds_the_crown(text: str, holder: str, state: str) -> None:
    assert post_states(text).get(holder) == state


@pytest.mark.parametrize("text", [
    "Le Qatar a acheté des chars. Le prince Fahd a assisté à la cérémonie au Qatar.",
    "Le Qatar a acheté des chars. Selon Reuters, la livraison aura lieu au Qatar.",
])
def test_a_lone_given_name_after_no_reigning_title_is_no_one(text: str) -> None:
    assert not any(name in post_states(text) for name in ("Fahd", "Reuters"))
