"""Receiving someone as talks: the one received named by a post's title and state (« le président tunisien »),
the passive (« reçu par »), and nouns of receiving (« la réception de X par Y », « l'accueil de X par Y »); nothing
received that is no one (support, congratulations, weapons, refugees). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

RECEPTIONS = [
    Case("received-by-title-and-state", "Le président chilien a reçu le président tunisien à Santiago.",
         "negotiation", {"participant": {"Chili", "Tunisie"}}, venues={"Santiago"}),
    Case("received-minister-with-complement", "Le ministre chilien de la Défense a reçu lundi le ministre indien "
         "de la Défense.", "negotiation", {"participant": {"Chili", "Inde"}}),
    Case("passive-received-by", "Le président tunisien a été reçu par le président chilien à Santiago.",
         "negotiation", {"participant": {"Chili", "Tunisie"}}, venues={"Santiago"}),
    Case("passive-king-of-a-state", "Le roi du Maroc a été reçu mardi à Santiago par le président chilien.",
         "negotiation", {"participant": {"Chili", "Maroc"}}, venues={"Santiago"}),
    Case("noun-reception-of-by", "La réception du président tunisien par le président chilien à Santiago a duré "
         "deux heures.", "negotiation", {"participant": {"Chili", "Tunisie"}}, venues={"Santiago"}),
    Case("noun-welcome-of-by", "L'accueil du roi du Maroc par le président chilien à Santiago a été chaleureux.",
         "negotiation", {"participant": {"Chili", "Maroc"}}, venues={"Santiago"}),
    Case("noun-reception-of-a-named-president", "En mai, la réception du président tunisien Karim Benali par le "
         "président chilien à Santiago a été l'occasion d'évoquer la défense.", "negotiation",
         {"participant": {"Chili", "Tunisie"}}, venues={"Santiago"}),
]


@pytest.mark.parametrize("case", params(RECEPTIONS))
def test_receiving_someone_is_talks(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    "Le président chilien a reçu le soutien du président tunisien.",
    "Le président chilien a reçu les félicitations du président tunisien.",
    "Le ministre chilien a reçu des drones turcs.",
    "La réception des premiers Rafale par l'armée indienne a eu lieu à Bordeaux.",
    "L'accueil des réfugiés syriens par la Turquie est un enjeu.",
    "La réception organisée par l'ambassade chilienne a réuni des diplomates.",
])
def test_receiving_no_one_is_no_talks(sentence: str) -> None:
    graph = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    assert not [f for f in graph.facts if f.kind == "negotiation"]
