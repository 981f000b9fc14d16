"""Supplies told with a batch given after the recipient, a type given by an acronym, a request sent, a course its
trainees take, a sum invested in a system, and a supplier guessed from the systems' makers whose state the article
names only later. Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_supply_grid import ANY, check_supplies

CELLS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("batch granted after the recipient, typed by an acronym", "La Belgique a accordé au Niger un lot de 8 "
     "véhicules tactiques légers tout terrain de type ZXTV destinés à ses unités.", [("belgique", "niger", "zxtv")]),
    ("a type given by an acronym", "Le Portugal a livré au Ghana des véhicules blindés de type QRTV.",
     [("portugal", "ghana", "qrtv")]),
    ("a request to buy sent is no supply", "Le Chili a envoyé à l'Espagne une demande d'acquisition de "
     "frégates F-110.", []),
    ("a course taken: its qualifier trains the subject, not the place", "Le premier groupe d'officiers marocains a "
     "entamé son stage de formation OTAN au centre d'entraînement de Tunis, en Tunisie, le 2 avril.",
     [("otan", "maroc", ANY)]),
    ("a course taken in a place: the place's state trains", "Des pilotes marocains ont achevé leur formation à Rome.",
     [("italie", "maroc", ANY)]),
    ("a sum invested in a system buys it from its makers' state", "Le Pérou investit deux milliards de dollars dans "
     "le Gripen pour moderniser sa flotte. La Suède s'en félicite.", [("suede", "perou", "gripen")]),
    ("a sum invested in research buys nothing", "La France investit deux milliards dans la recherche militaire.", []),
]


@pytest.mark.parametrize(("cell", "text", "told"), CELLS, ids=[c[0] for c in CELLS])
def test_supply_courses(cell: str, text: str, told: list[tuple[str, str, str]]) -> None:
    check_supplies(cell, text, told)


def test_maker_state_named_later() -> None:
    """A delivery with no supplier said, its state named only later in the article, stands from the makers."""
    text = ("Titre\n\nL'armée grecque a pris livraison de sa première batterie de missiles Patriot. Une cérémonie "
            "a eu lieu en présence de l'ambassadeur américain.")
    facts = [f for f in analyse_text(text).facts if f.kind == "support"]
    assert any({s.label for s in f.get("supporter")} == {"États-Unis"} and {r.label for r in f.get("recipient")}
               == {"Grèce"} for f in facts), facts
