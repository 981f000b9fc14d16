"""The sides of officials a visitor meets (sentences written for these tests): a person joined to the visitor by
« et » is on his side, and the hosts a verb of meeting lists together are one side."""

from __future__ import annotations

from tests.conftest import posts_told

VISIT = "Le ministre suédois de la Défense, Lars Berglund, est en visite en Lettonie. "


def states(text: str) -> dict[str, str | None]:
    """Holder -> state label of the post (or None)."""
    return {p.holder: p.org for p in posts_told(text)}


def test_one_joined_to_the_visitor_by_and_is_not_given_the_state_visited() -> None:
    found = states(VISIT + "M. Berglund et le chef d'état-major Nils Ekdahl ont visité une base.")
    assert found.get("Nils Ekdahl") != "Lettonie"
    found = states(VISIT + "Le chef d'état-major Nils Ekdahl et M. Berglund ont visité une base.")
    assert found.get("Nils Ekdahl") != "Lettonie"


def test_the_hosts_a_visitor_meets_in_one_list_are_one_side() -> None:
    found = states(VISIT + "M. Berglund a rencontré lors de sa visite le président letton Andris Ozols, son "
                   "homologue Peteris Liepa et le ministre des Affaires étrangères Janis Kalnins.")
    assert found.get("Janis Kalnins") == "Lettonie"


def test_subjects_listed_together_may_still_be_two_sides() -> None:
    found = states("La Lettonie et la Suède ont signé un accord. Le ministre d'État Andris Ozols et Lars Nyberg, "
                   "ministre de la Défense de la Suède, ont signé le texte à Riga.")
    assert found.get("Andris Ozols") != "Suède"
