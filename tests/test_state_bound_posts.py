"""Posts whose state their title gives by other means than a state's name (sentences written for these tests): a
post only one state has (roles.ttl kg:postOfState: « président de la Confédération ») and a longer body whose name
goes on past its complement; an English short state name before an abbreviated rank (« UK Maj. X »)."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told


def posts(text: str) -> dict[str, tuple[str, str | None]]:
    """Holder -> (the post's IRI tail, the state or body label of the post)."""
    return {p.holder: (str(p.iri).rpartition("/")[2], p.org) for p in posts_told(text)}


@pytest.mark.parametrize("text", [
    "La présidente de la Confédération Anna Keller a rencontré jeudi son homologue Lars Holm.",
    "Le président de la Confédération, Anna Keller, est arrivé jeudi pour deux jours.",
])
def test_a_post_only_one_state_has_serves_that_state(text: str) -> None:
    assert posts(text)["Anna Keller"] == ("role-president-of-the-confederation", "Suisse")


@pytest.mark.parametrize("text", [
    "Le président de la Confédération africaine de football, Jean Mba, a parlé jeudi.",
    "Le président de la Confédération sud-américaine de volley, Jean Mba, a parlé jeudi.",
])
def test_a_longer_body_after_the_complement_is_its_own_post(text: str) -> None:
    post, org = posts(text)["Jean Mba"]
    assert post.startswith("role-text-") and org != "Suisse"


@pytest.mark.parametrize(("text", "holder", "state"), [
    ("Au Chili, UK Maj. Sam Reed, officier de liaison, a rencontré les élus de Valparaiso.", "Sam Reed",
     "Royaume-Uni"),
    ("Le texte a été signé à Santiago par US Brig. Le général Tom Hale, commandant adjoint de la 5e brigade.",
     "Tom Hale", "États-Unis"),
])
def test_a_short_state_name_before_an_abbreviated_rank_gives_the_post_its_state(text: str, holder: str,
                                                                                state: str) -> None:
    assert posts(text)[holder][1] == state

