"""A person's state guessed from the story gives way to the one a later title of theirs names (sentences written for
these tests): « Pays : le ministre X reçu par ... » sets the minister in the rubric's state only until « le ministre
tchadien X » tells his own; a state a title names first stays."""

from __future__ import annotations

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _sides(text: str) -> list[set[str]]:
    return [{e.label for e in f.get("participant")} for f in analyse_text(text, published=PUBLISHED).facts
            if f.kind == "negotiation"]


def test_a_state_named_later_replaces_the_rubric_s_guess() -> None:
    sides = _sides("Mali : le ministre Idriss Hamid reçu par le président Ibrahim Keita\n\n"
                   "Le ministre tchadien des Affaires étrangères, Idriss Hamid, était jeudi au palais présidentiel de "
                   "Bamako pour une audience avec le président Ibrahim Keita.\n\n"
                   "Avant Bamako, le ministre Idriss Hamid s'était rendu au Niger où il a été reçu par le président "
                   "Mohamed Bazoum.")
    assert {"Niger", "Tchad"} in sides
    assert {"Niger", "Mali"} not in sides


def test_a_state_a_title_named_first_stays() -> None:
    sides = _sides("Le ministre tchadien Idriss Hamid en tournée\n\n"
                   "Le ministre tchadien des Affaires étrangères, Idriss Hamid, s'est rendu au Niger où il a été reçu "
                   "par le président Mohamed Bazoum.")
    assert {"Niger", "Tchad"} in sides
