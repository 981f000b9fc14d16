"""Gifts of military goods and systems an article defines: « un don de matériels militaires de X au profit de Y »
(goods qualified as military are matériel; an object the parser hangs bare on the verb after a comma is still its
object), « les Zorvak Tundra sont des véhicules militaires » (a name so defined is a weapon system wherever the
article names it); buyers joining an order (« A et B participent à la commande ») make no deal of their own;
« projectile » is a military word. Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.pipeline import analyse_text
from tests.test_deal_patterns import PUBLISHED, facts
from tests.test_deals import agreements, supplies
from tests.test_retold_supplies import systems


def weapon_labels(text: str) -> set[str]:
    return {e.label for e in analyse_text(f"Titre\n{text}", PUBLISHED).mentions.values()
            if e.cls == "WeaponSystem"}


@pytest.mark.parametrize("text", [
    "Le ministre malien de la Défense a reçu un don de matériels militaires de l'Espagne au profit du Mali.",
    "L'armée malienne a reçu de l'Espagne un don d'équipements militaires.",
])
def test_a_gift_of_military_goods_is_a_supply(text: str) -> None:
    assert ("espagne", "mali") in supplies(text)


@pytest.mark.parametrize("text", [
    "Le ministre malien de l'Éducation a reçu un don de matériel informatique de l'Espagne au profit du Mali.",
    "Le maire de Bamako a réceptionné jeudi à la mairie, un don de fournitures scolaires de l'Espagne au profit "
    "du Mali.",
])
def test_a_gift_of_goods_not_told_as_military_is_no_supply(text: str) -> None:
    assert not supplies(text)


def test_a_name_defined_as_military_vehicles_is_a_system_of_the_supply() -> None:
    text = ("Le Mali a réceptionné un don de matériels militaires de l'Espagne. Ce don comprend 14 Zorvak Tundra et "
            "des tenues. Les Zorvak Tundra sont des véhicules militaires légers.")
    assert "Zorvak Tundra" in weapon_labels(text)
    assert "Zorvak Tundra" in systems(text).get(("espagne", "mali"), set())


@pytest.mark.parametrize("text", [
    "Le Mali a reçu 14 Zorvak Tundra de l'Espagne. Les Zorvak Tundra sont des véhicules utilitaires.",
    "Les Lions Indomptables sont des joueurs redoutables.",
    "La Norvège a livré des missiles au Mali. La Norvège est un allié fidèle.",
])
def test_a_name_defined_as_no_military_thing_is_no_system(text: str) -> None:
    assert not {"Zorvak Tundra", "Lions Indomptables", "Norvège"} & weapon_labels(text)


def test_buyers_joining_an_order_make_no_deal_among_themselves() -> None:
    text = ("L'Italie a passé une commande d'obus de 155 mm auprès de Leonardo. Les pays partenaires Grèce, Chypre "
            "et Malte participent à la commande.")
    assert {"grece", "chypre", "malte"} not in agreements(text)
    assert all("italie" in parties for parties in agreements(text) if {"grece", "chypre"} <= parties)


def test_an_order_named_on_its_own_with_its_buyers_stays_an_order() -> None:
    assert {"italie", "leonardo"} in agreements("L'Italie a passé une commande d'obus de 155 mm auprès de "
                                                "Leonardo.")


def test_projectiles_put_an_order_in_a_military_context() -> None:
    text = ("Cette commande comprend aussi la livraison de projectiles de 155 mm d'une valeur de l'ordre d'environ "
            "640 millions d'euros.")
    assert Decimal(640_000_000) in {a.value for f in facts(text, "financing") for a in f.amounts}
