"""The worth of a programme or a project told in so many words (« un programme évalué à N », « le projet, d'une
valeur de N », « le programme X, attribué à Y pour un montant de N »): a sum spent, in a military context only, and
never one a deal of the sentence already holds. Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _sums(text: str) -> set[tuple[Decimal, str]]:
    return {(a.value, a.currency) for f in analyse_text(f"Titre\n{text}", PUBLISHED).facts
            if f.kind in {"financing", "agreement"} and f.modality.value in {"asserted", "reported"}
            for a in f.amounts}


@pytest.mark.parametrize(("text", "worth"), [
    ("Le Pérou a lancé la refonte de ses quatre corvettes, un programme évalué à 600 millions de dollars.",
     (Decimal("600e6"), "USD")),
    ("La Norvège participe au projet de sous-marins d'une valeur de 4 milliards d'euros.", (Decimal("4e9"), "EUR")),
    ("Au total, quinze patrouilleurs vont être construits dans le cadre du programme Coastal Guard Replacement "
     "(CGR), notifié à Navalis en juin 2018 pour un montant de 210 millions de dollars canadiens.",
     (Decimal("210e6"), "CAD")),
    ("Le parlement letton a validé un projet d'achat de radars de défense aérienne pour un montant de 85 millions "
     "d'euros.", (Decimal("85e6"), "EUR")),
    ("La modernisation des chars de l'armée, un programme chiffré à 2 milliards de couronnes suédoises, débutera.",
     (Decimal("2e9"), "SEK")),
    ("Washington a soumis au Congrès un projet de vente de 30 missiles au Chili pour 240 millions de dollars, a "
     "indiqué l'agence.", (Decimal("240e6"), "USD")),
])
def test_a_programme_valued_in_so_many_words_gives_its_sum(text: str, worth: tuple[Decimal, str]) -> None:
    assert worth in _sums(text)


@pytest.mark.parametrize("text", [
    # no military context: a programme of roads or of culture
    "La région a lancé un programme de rénovation des routes, évalué à 300 millions d'euros.",
    "Le musée prépare un projet d'extension d'une valeur de 40 millions d'euros.",
    # no word of worth: the sum is the programme's by a bare « de », another reading's business
    "Le ministre a évoqué les blindés et les pays voisins, et ses 50 millions d'euros de dettes.",
    # only considered: the sum is no fact
    "Le gouvernement pourrait lancer un programme de frégates évalué à 3 milliards d'euros.",
    "Le gouvernement pourrait présenter un projet de vente de 12 obusiers au Pérou pour 240 millions de dollars.",
])
def test_no_programme_valued_or_no_military_context_gives_no_sum(text: str) -> None:
    assert _sums(text) == set()


def test_a_deal_that_holds_the_sum_keeps_it_alone() -> None:
    text = "L'Estonie a signé avec la Corée du Sud un contrat d'une valeur de 300 millions d'euros pour des obusiers."
    found = [f for f in analyse_text(f"Titre\n{text}", PUBLISHED).facts if f.amounts]
    assert [f.kind for f in found] == ["agreement"]
