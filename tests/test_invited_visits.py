"""A visit told as an invitation (sentences written for these tests: « une lettre l'invitant à se rendre au Pays A »)
is one to come: the counterpart met next serves the state of the visit made, not that of the one invited to."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told


def states_of(text: str, holder: str) -> set[str | None]:
    return {p.org for p in posts_told(text) if p.holder == holder}


@pytest.mark.parametrize("invited", [
    "Il a remis au président une lettre l'invitant à se rendre prochainement au Portugal.",
    "Il a transmis au président une invitation à visiter le Portugal l'an prochain.",
])
def test_a_counterpart_after_an_invitation_serves_the_visited_state(invited: str) -> None:
    text = ("Le ministre portugais des Affaires étrangères, Rui Costa, effectue une visite officielle au Chili. "
            f"{invited} Le ministre s'est ensuite entretenu avec son homologue, Alberto Vial, au palais.")
    assert states_of(text, "Alberto Vial") == {"Chili"}


def test_a_counterpart_after_a_visit_made_serves_its_state() -> None:
    text = ("Le ministre portugais des Affaires étrangères, Rui Costa, est arrivé lundi au Chili. Il s'est rendu au "
            "Pérou mardi. Le ministre s'est ensuite entretenu avec son homologue, Alberto Vial, au palais.")
    assert states_of(text, "Alberto Vial") == {"Pérou"}
