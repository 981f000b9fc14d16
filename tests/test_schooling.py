"""Supplies told from the receiving side: a gift received « en don de Y » (also by an infinitive of purpose with the
receiver in « à »), and a training told by the trainees (« ont reçu une formation dans des écoles en Y », « étudient
à l'académie de Y »): the host of the schools trains. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

RECEIVED = [
    Case("gift-received-en-don-de", "La marine malgache a reçu quatre hélicoptères en don du Japon.", "support",
         {"supporter": {"Japon"}, "recipient": {"Madagascar"}}),
    Case("infinitive-of-purpose-gift-to-an-army", "Une cérémonie s'est tenue à l'aéroport pour recevoir deux "
         "avions C-130 en don du Canada à l'armée sénégalaise.", "support",
         {"supporter": {"Canada"}, "recipient": {"Sénégal"}, "weapon": {"C-130 Hercules"}}),
    Case("trainees-received-training-in-schools", "Près de 150 officiers tunisiens ont reçu une formation dans des "
         "écoles militaires en Italie.", "support", {"supporter": {"Italie"}, "recipient": {"Tunisie"}}),
    Case("trainees-study-at-an-academy", "Depuis janvier, douze officiers algériens étudient à l'Académie "
         "militaire du Maroc.", "support", {"supporter": {"Maroc"}, "recipient": {"Algérie"}}),
]


@pytest.mark.parametrize("case", params(RECEIVED))
def test_supply_told_by_the_receiving_side(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    "Des étudiants algériens étudient à l'université de Tunis.",
    "Les officiers algériens étudient la proposition du Maroc.",
    "Les officiers tunisiens ont reçu une formation.",
    "Le ministre est venu pour recevoir les délégués du Canada à l'ambassade sénégalaise.",
])
def test_no_supply_received_without_a_giver(sentence: str) -> None:
    graph = analyse_text(sentence, published=PUBLISHED)
    assert [f for f in graph.facts if f.kind == "support"] == []


def test_a_building_first_meant_for_another_is_no_supply_to_it() -> None:
    graph = analyse_text("Les deux parties, allemande et brésilienne, s'étaient entendues sur la vente à Brasilia "
                         "de deux sous-marins Type 214 construits initialement pour le compte du gouvernement "
                         "indien aux chantiers de Kiel.", published=PUBLISHED)
    sides = {(frozenset(e.label for e in f.get("supporter")), frozenset(e.label for e in f.get("recipient")))
             for f in graph.facts if f.kind == "support"}
    assert sides == {(frozenset({"Allemagne"}), frozenset({"Brésil"}))}
