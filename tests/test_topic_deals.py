"""Deals named as a topic of talks or as a point in time (« ils ont évoqué ... l'accord sur le climat », « sa
première visite depuis la signature de l'accord de paix »): the story's sides are not its parties; a deal signed by
the two sides during the talks stays theirs, and a deal named with its own sides keeps them. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import agreements

_TALKS = "Le président chilien a reçu son homologue péruvien à Santiago. "


@pytest.mark.parametrize("text", [
    _TALKS + "Les deux dirigeants ont évoqué la sécurité régionale, les migrations et l'accord de Paris sur le climat.",
    _TALKS + "Ils ont abordé les dossiers communs : le commerce, la pêche et l'accord de libre-échange régional.",
    # the listing after the colon hangs on the relative clause, and names the topics
    _TALKS + "Ils ont parlé des sujets sur lesquels ils veulent avancer : la lutte contre le narcotrafic, "
             "l'Amazonie et l'accord sur la biodiversité.",
    "Le ministre finlandais a été reçu à Oslo par son homologue norvégien, sa première visite depuis l'annonce de "
    "l'accord de cessez-le-feu en Europe de l'Est.",
    _TALKS + "Le président péruvien a salué le rôle du Chili dans la médiation jusqu'à la signature de l'accord de "
             "paix en Amérique centrale.",
])
def test_deal_in_passing_takes_no_sides_of_the_story(text: str) -> None:
    assert agreements(text) == []


@pytest.mark.parametrize(("text", "pairs"), [
    (_TALKS + "Les deux présidents ont signé un accord de coopération dans le domaine de la pêche.",
     [["chili", "perou"]]),
    # a topic in a sentence before, then a deal signed by the pair
    (_TALKS + "Depuis le début de leurs entretiens, ils ont évoqué la sécurité. Les deux présidents ont ensuite "
              "signé un accord sur les migrations.", [["chili", "perou"]]),
])
def test_deal_made_in_the_story_stays(text: str, pairs: list[list[str]]) -> None:
    assert sorted(sorted(p) for p in agreements(text)) == pairs


def test_deal_named_with_its_own_sides_keeps_them() -> None:
    told = agreements(_TALKS + "Ils ont évoqué l'accord de paix entre la Colombie et l'Équateur.")
    assert all(p <= {"colombie", "equateur"} for p in told)
