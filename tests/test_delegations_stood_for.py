"""« Celle du Pays sera conduite par X » (sentences written for these tests): a demonstrative standing for a
delegation named before, with the state it names, gives that state to the one who leads it; not a demonstrative
that names no state, nor one who receives such a delegation."""

from __future__ import annotations

from tests.conftest import posts_told

OPENING = "Le sommet régional s'ouvre lundi à Lomé. La délégation du Bénin sera dirigée par le ministre Paul Agbo. "


def states(text: str) -> dict[str, str | None]:
    """Holder -> state label of the post (or None)."""
    return {p.holder: p.org for p in posts_told(text)}


def test_the_leader_of_the_delegation_stood_for_serves_the_state_it_names() -> None:
    found = states(OPENING + "Celle du Ghana sera conduite par le vice-président Kwame Mensah.")
    assert found.get("Kwame Mensah") == "Ghana"
    assert found.get("Paul Agbo") == "Bénin"


def test_a_demonstrative_naming_no_state_gives_none_of_its_own() -> None:
    found = states(OPENING + "Celle de la commission sera conduite par le vice-président Kwame Mensah.")
    assert found.get("Kwame Mensah") not in {"Ghana"}




def test_one_who_receives_the_delegation_stood_for_is_not_of_its_state() -> None:
    found = states(OPENING + "Celle du Ghana sera accueillie par le ministre togolais Kwame Mensah.")
    assert found.get("Kwame Mensah") == "Togo"
