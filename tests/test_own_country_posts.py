"""A post of « son pays » (sentences written for these tests): « le président de son pays, X » serves the state of
the possessor, the subject before it (« le ministre algérien »); « de son pays natal » names no state's post."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told


def states_of(text: str, holder: str) -> set[str | None]:
    """The state or body labels of the posts `holder` holds in a text."""
    return {p.org for p in posts_told(text) if p.holder == holder}


@pytest.mark.parametrize(("text", "holder", "state"), [
    ("Le ministre algérien a transmis au roi les salutations du président de son pays, Karim Haddad, avant de "
     "repartir.", "Karim Haddad", "Algérie"),
    ("La ministre chilienne a remis une lettre du chef de son pays, Ana Rojas, au président du Kenya.", "Ana Rojas",
     "Chili"),
    ("L'envoyé norvégien a porté un message du Premier ministre de son pays, Erik Dahl, au gouvernement ghanéen.",
     "Erik Dahl", "Norvège"),
])
def test_a_post_of_his_country_serves_the_possessors_state(text: str, holder: str, state: str) -> None:
    assert state in states_of(text, holder)


def test_a_native_country_names_no_post() -> None:
    assert states_of("Le ministre chilien a évoqué le président de son pays natal, Ana Rojas, lors de sa visite au "
                     "Kenya.", "Ana Rojas") <= {None}
