"""A capital that stands for its state as a side (« Paris et Rabat ont prolongé ... ») puts no one there: the
parser may make it the root of its whole sentence, and a word of talks later in it (« le ministre ») names no event
held in the city (as « le Lima Air Show » does). Sentences written for the purpose."""

from __future__ import annotations

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _venues(text: str) -> set[str]:
    talks = [f for f in analyse_text(text, published=PUBLISHED).facts if f.kind == "negotiation"]
    assert talks
    return {e.label for f in talks for part in f.parts for e in part.get("place")}


def test_capitals_as_sides_set_no_scene_for_the_talks_told_next() -> None:
    assert not _venues("Titre\nParis et Rabat ont prolongé des contrats de soutien militaire qui incluent la "
                       "participation d'entreprises françaises, a annoncé le ministre marocain Karim Alami.\n"
                       "Karim Alami a rencontré lundi le ministre français Jean Dupont.")


def test_an_event_named_after_its_city_still_sets_the_scene() -> None:
    assert _venues("Titre\nLe ministre chilien de la Défense, Pedro Soto, a assisté au Santiago Air Show.\n"
                   "Pedro Soto a rencontré mardi le ministre français Jean Dupont.") == {"Santiago"}
