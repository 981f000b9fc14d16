"""A city the parser makes the subject of a clause set « au centre des discussions » is what the talks are about,
not the city of a building they are held in (« au centre de conférences de X » is). Sentences written for the
purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED

_MEETING = "Le président kényan William Ruto a reçu lundi à Nairobi le président zambien Hakainde Hichilema."


def _venues(text: str) -> set[str]:
    facts = analyse_text(f"Titre\n{text}", published=PUBLISHED).facts
    return {e.label for f in facts if f.kind == "negotiation" for part in f.parts for e in part.get("place")}


@pytest.mark.parametrize("topic", [
    "Le développement des liens bilatéraux entre Nairobi et la Lusaka a été au centre des discussions entre Ruto "
    "et Hichilema, précise un communiqué de la présidence.",
    "Les perspectives du commerce entre Nairobi et la Lusaka ont été au centre des discussions entre les deux "
    "présidents, indique un communiqué du ministère.",
])
def test_a_city_subject_of_the_topic_clause_is_no_venue(topic: str) -> None:
    assert _venues(f"{_MEETING} {topic}") == {"Nairobi"}


def test_a_city_completing_a_conference_centre_is_the_venue() -> None:
    assert _venues("Le président kényan a rencontré lundi son homologue tanzanien au centre de conférences de "
                   "Lusaka.") == {"Lusaka"}
