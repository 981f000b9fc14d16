"""Ministers told by the ministry they head (sentences written for these tests): « à la tête du ministère de C »,
« prend la tête du ministère de C », with the person named just before it or right after its comma."""

from __future__ import annotations

import pytest

from tests.conftest import posts


@pytest.mark.parametrize(("text", "holder", "tail"), [
    ("Le Tchad a un nouveau gouvernement. La surprise est le retour de Paul Nadji à la tête du ministère des "
     "Finances.", "Paul Nadji", "minister-of-finance"),
    ("Le Tchad a un nouveau gouvernement. Le président a nommé Idriss Ali à la tête du ministère de la Défense.",
     "Idriss Ali", "minister-of-defence"),
    ("Le Tchad a un nouveau gouvernement. Avec dix ans à la tête du ministère de la Défense, Moussa Faki reste "
     "influent.", "Moussa Faki", "minister-of-defence"),
    ("Le Tchad a un nouveau gouvernement. Mahamat Saleh prend la tête du ministère des Affaires étrangères.",
     "Mahamat Saleh", "minister-of-foreign-affairs"),
])
def test_the_head_of_a_ministry_is_its_minister(text: str, holder: str, tail: str) -> None:
    assert any(name == holder and post == tail for name, post, _ in posts(text))


def test_a_person_far_before_the_ministry_is_not_its_head() -> None:
    found = posts("Le président Ali Saleh a limogé son Premier ministre et nommé un général de l'armée de terre à la "
                  "tête du ministère de la Défense.")
    assert not any(name == "Ali Saleh" and post == "minister-of-defence" for name, post, _ in found)
