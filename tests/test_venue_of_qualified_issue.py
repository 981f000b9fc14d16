"""A place after a state of affairs the talks are about stays its place however many adjectives qualify it
(« la situation sécuritaire en X ») or when a second place joins it (« en X et en Y »), and a place after a noun
of help with « à » (« le soutien à X ») is who gets the help: neither is where the talks are held. Sentences
written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED

_MEETING = "Le ministre kényan de la Défense a rencontré lundi son homologue tanzanien."


def _venues(text: str) -> set[str]:
    facts = analyse_text(f"Titre\n{text}", published=PUBLISHED).facts
    return {e.label for f in facts if f.kind == "negotiation" for part in f.parts for e in part.get("place")}


@pytest.mark.parametrize("topic", [
    "Les deux hommes ont discuté de la situation sécuritaire en Somalie.",
    "Les deux hommes ont discuté de la crise politique et humanitaire au Soudan.",
    "Les deux hommes ont discuté de la situation en Somalie et au Soudan.",
])
def test_a_place_after_a_qualified_state_of_affairs_is_no_venue(topic: str) -> None:
    assert _venues(f"{_MEETING} {topic}") == set()


@pytest.mark.parametrize("topic", [
    "Le sujet principal du sommet de l'OTAN à Bruxelles était le soutien à la Moldavie.",
    "Le thème principal du sommet de l'OTAN à Bruxelles était l'aide militaire à la Moldavie.",
])
def test_who_gets_help_the_talks_are_about_is_no_venue(topic: str) -> None:
    told = "La Croatie achètera des chars à la Suède. Les négociations entre les ministères des deux pays sont " \
        "toujours en cours, selon le ministre."
    assert "Moldavie" not in _venues(f"{told} {topic}")


def test_the_place_talks_are_held_in_beside_help_stays_their_venue() -> None:
    assert _venues("Le ministre kényan de la Défense a rencontré lundi son homologue tanzanien à Nairobi. Ils ont "
                   "discuté de l'assistance au Soudan.") == {"Nairobi"}
