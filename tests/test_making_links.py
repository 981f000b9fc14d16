"""The firm a word of making links to its system over words of manner or place, or with « chez » (« développés
conjointement par Y et Z », « produits sous licence par Y », « assemblés en Inde par Y », « construits chez Y »);
the systems a plural demonstrative takes up (« ces appareils sont en construction chez Y ») are that firm's; a firm
that maintains or carries a system, or makes its parts, is no maker. A designator written in words apart (« C 295 W »)
names the reference system. Sentences written for these tests; the systems' names are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text
from kg.records import Entity

PUBLISHED = dt.date(2025, 6, 2)


def weapons(text: str) -> dict[str, Entity]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).mentions.values()
    return {e.label: e for e in found if e.cls == "WeaponSystem"}


@pytest.mark.parametrize(("sentence", "system", "makers"), [
    ("Le Gabon a reçu des drones Zorvak, développés conjointement par Rafael et Elbit Systems.", "Zorvak",
     ("rafael", "elbit")),
    ("L'armée kényane exploite des hélicoptères Kestrel produits sous licence par Airbus Helicopters.", "Kestrel",
     ("airbus",)),
    ("Le Pérou a commandé des blindés Vortal assemblés en Corée du Sud par Hyundai Rotem.", "Vortal",
     ("hyundai-rotem",)),
    ("La marine omanaise a reçu deux corvettes Zebulon construites chez Naval Group.", "Zebulon", ("naval-group",)),
])
def test_a_firm_after_words_of_manner_or_chez_makes_the_system(sentence: str, system: str,
                                                               makers: tuple[str, ...]) -> None:
    found = weapons(sentence)
    for maker in makers:
        assert any(maker in m for m in found[system].makers)


def test_a_plural_demonstrative_takes_up_every_system_of_the_sentence_before() -> None:
    found = weapons("Le Ghana recevra un avion de patrouille VK-12 et deux hélicoptères Zorvak. Ces appareils sont en "
                    "construction chez l'industriel national Leonardo.")
    assert any("leonardo" in m for m in found["Zorvak"].makers)
    assert any("leonardo" in m for m in found["VK-12"].makers)


@pytest.mark.parametrize("sentence", [
    "Le Mali a reçu des drones Zorvak et des avions Vakor 12. Ces appareils sont entretenus par Leonardo.",
    "Le Mali a reçu des drones Zorvak. Ces appareils seront livrés en mars par Leonardo.",
    "Le Mali a reçu des drones Zorvak. Des pièces seront fabriquées par Leonardo.",
    "Le Mali a reçu des drones Zorvak. Les moteurs seront fabriqués chez Leonardo.",
    "Le Mali a reçu des drones Zorvak, transportés en Afrique par Leonardo.",
])
def test_a_firm_that_maintains_carries_or_makes_parts_is_no_maker(sentence: str) -> None:
    assert not weapons(sentence)["Zorvak"].makers


def test_a_designator_written_in_words_apart_names_the_reference_system() -> None:
    found = weapons("L'armée de l'air sénégalaise a reçu un avion de transport C 295 W et deux AGM 114.")
    assert any(e.iri and e.iri.endswith("weapon-c-295") for e in found.values())
    assert any(e.iri and e.iri.endswith("weapon-hellfire") for e in found.values())


def test_a_short_designator_written_apart_is_no_system() -> None:
    assert not weapons("Le convoi a emprunté l'autoroute A 4 puis la route F 16 vers le nord.")
