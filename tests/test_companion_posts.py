"""Posts of those who go with an official (sentences written for these tests): the agent of « accompagné de », or
a member of the delegation that is, serves the state of the one they go with, not the state visited; not when the
companion is the subject (« X accompagne le président »)."""

from __future__ import annotations

from tests.conftest import posts_told

ROLE = "https://w3id.org/kg-news/id/role-"
STORY = " La Pologne et la Lituanie ont signé un accord. La Pologne achètera des blindés."


def states(text: str) -> dict[str, str | None]:
    """Holder -> state label of the post (or None)."""
    return {p.holder: p.org for p in posts_told(text + STORY)}


def test_a_member_of_the_delegation_going_with_the_president_serves_his_state() -> None:
    found = states("Le président lituanien s'est rendu en Pologne. Le président lituanien a été accompagné d'une "
                   "délégation de haut niveau, dont Tomas Kairys, ministre de l'Énergie.")
    assert found.get("Tomas Kairys") == "Lituanie"


def test_the_agent_of_accompanied_serves_the_state_of_the_titled_official() -> None:
    found = states("Le président de la Lituanie, Rimas Petraitis, accompagné du ministre de l'Énergie Tomas Kairys, "
                   "s'est rendu en Pologne.")
    assert found.get("Tomas Kairys") == "Lituanie"


def test_a_companion_who_is_the_subject_is_not_read_so() -> None:
    found = states("Le ministre de l'Énergie Tomas Kairys accompagnera le président lituanien en Pologne.")
    assert found.get("Tomas Kairys") != "Lituanie"
