"""Two ways of telling where talks are held. A reception told in a building of a government body (« a reçu au
Kremlin plusieurs délégations ») sets the scene for the audiences told right after with no place of their own
(« Il a d'abord reçu X »). « dans la capitale, Nairobi »: the capital named after a comma, even where the parser
hangs the phrase on the one met. Sentences written for the purpose; near misses must not place talks."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def talks(text: str) -> list[tuple[set[str], set[str]]]:
    graph = analyse_text(text, published=PUBLISHED)
    return [({e.label for e in f.get("participant")}, {e.label for part in f.parts for e in part.get("place")})
            for f in graph.facts if f.kind == "negotiation"]


@pytest.mark.parametrize("text, sides, venue", [
    ("Titre\nLe président russe a reçu mardi au Kremlin plusieurs délégations étrangères. Il a d'abord reçu le "
     "président kényan, William Ruto.", {"Russie", "Kenya"}, "Moscou"),
    ("Titre\nLe président français a reçu jeudi à l'Élysée des représentants de plusieurs pays. Il a ensuite "
     "rencontré le Premier ministre indien, Narendra Modi.", {"France", "Inde"}, "Paris"),
    ("Titre\nLe président kényan, William Ruto, a reçu, mardi, le ministre russe des Affaires étrangères, Sergueï "
     "Lavrov, dans la capitale, Nairobi.", {"Kenya", "Russie"}, "Nairobi"),
    ("Titre\nLe président ghanéen a reçu, jeudi, les ministres indiens de la Défense, Rajnath Singh, et du Commerce, "
     "Piyush Goyal, dans la capitale, Accra, et a discuté avec eux de la coopération.", {"Ghana", "Inde"}, "Accra"),
])
def test_the_scene_or_the_named_capital_is_the_venue(text: str, sides: set[str], venue: str) -> None:
    found = [places for parts, places in talks(text) if sides <= parts]
    assert found and venue in set().union(*found), talks(text)


@pytest.mark.parametrize("text, place", [
    # the building's city is no venue of talks between two other states
    ("Titre\nLe président russe a reçu mardi au Kremlin plusieurs délégations étrangères. Le président kényan a "
     "rencontré son homologue ougandais, Yoweri Museveni.", "Moscou"),
    # a call is held nowhere
    ("Titre\nLe président russe a reçu mardi au Kremlin plusieurs délégations étrangères. Il s'est ensuite "
     "entretenu par téléphone avec le président kényan, William Ruto.", "Moscou"),
    # the capital the one met comes from is no venue
    ("Titre\nLe président kényan, William Ruto, a reçu, mardi, le ministre russe des Affaires étrangères, Sergueï "
     "Lavrov, venu de la capitale, Moscou.", "Moscou"),
])
def test_a_place_of_something_else_is_no_venue(text: str, place: str) -> None:
    assert place not in {p for _parts, places in talks(text) for p in places}, talks(text)
