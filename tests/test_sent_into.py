"""Goods sent into a state (« livrer des chars en X », « la fourniture d'obus en X ») go to that state; a purchase
made in a state, or a city, takes no such role. An order whose noun the parser takes for an adverb of its verb
(« X avait pris commande de ..., d'une valeur de ... ») keeps its sum. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kg.pipeline import analyse_text
from tests.test_supply import supplies

PUBLISHED = dt.date(2025, 6, 2)


def _sums(text: str) -> set[tuple[Decimal, str]]:
    return {(a.value, a.currency) for f in analyse_text(f"Titre\n{text}", PUBLISHED).facts
            if f.kind == "financing" and f.modality.value in {"asserted", "reported"} for a in f.amounts}


def test_tanks_delivered_into_a_state_go_to_it() -> None:
    assert ("suede", "moldavie") in supplies("La Suède livrera vingt chars Leopard 2 en Moldavie d'ici l'été.")


def test_a_delivery_noun_into_a_state_goes_to_it() -> None:
    text = "La Suède et la Finlande ont signé un contrat pour la fourniture de vingt chars Leopard 2 en Moldavie."
    found = supplies(text)
    assert ("suede", "moldavie") in found and ("finlande", "moldavie") in found


def test_a_purchase_in_a_state_gives_that_state_nothing() -> None:
    assert ("suede", "allemagne") not in supplies("La Suède a acheté vingt chars Leopard 2 en Allemagne.")


def test_a_delivery_denied_is_no_support() -> None:
    assert ("suede", "moldavie") not in supplies("La Suède ne livrera pas de chars Leopard 2 en Moldavie.")


def test_an_order_taken_in_the_pluperfect_keeps_its_sum() -> None:
    text = "Le Maroc avait pris commande des quarante chars, d'une valeur totale de 500 millions de dollars, en 2009."
    assert (Decimal(500000000), "USD") in _sums(text)


def test_an_order_taken_with_no_sum_has_none() -> None:
    assert not _sums("Le Maroc avait pris commande des quarante chars en 2009.")


def test_people_posted_into_a_state_are_no_goods_sent() -> None:
    text = "Une équipe d'ingénieurs tchèques envoyés en Pologne a travaillé sur le radar de la marine."
    assert ("republique-tcheque", "pologne") not in supplies(text) and not supplies(text)
