"""A post chaired by two or more together (sentences written for these tests): « les coprésidents de la firme,
X et Y » each hold the co-chair of the firm."""

from __future__ import annotations

import pytest

from tests.conftest import posts


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Les coprésidents de Thales, Paul Morel et Luc Garnier, ont salué les commandes de l'année.",
                 {("Paul Morel", "co-chair", "Thales"), ("Luc Garnier", "co-chair", "Thales")},
                 id="plural-title-of-a-firm"),
    pytest.param("Anne Roux, co-présidente de Safran, a présenté les résultats.",
                 {("Anne Roux", "co-chair", "Safran")}, id="feminine-apposition"),
])
def test_co_chairs_hold_the_post(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert posts(text) == expected


def test_a_meeting_chaired_together_gives_no_co_chair() -> None:
    """« la réunion coprésidée par X »: the participle names no post."""
    found = posts("La réunion a été coprésidée par Paul Morel et Luc Garnier, ministres de la Défense du Mali.")
    assert not {post for _, post, _ in found if post.endswith("co-chair")}
