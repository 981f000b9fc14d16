"""False facts a page tempts a reader into: a deployment only weighed is no visit (« la possibilité de déployer des
missiles en A » gives talks no venue); moving where goods are made (« le transfert de la fabrication vers A ») and
ships sent « en visite » supply nothing; a sum of orders (« 9 milliards d'euros de commandes ») is an order intake,
no deal; « s'offrir des blindés » buys for oneself, no gift to a place named after. The plain readings stay.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from kg.text import fold


def _facts(text: str, kind: str) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(fold(e.label) for _, e in f.roles if e.cls == "State"), f.said.modality.name)
            for f in analyse_text(text).facts if f.kind == kind]


def _venues(text: str) -> list[str]:
    return [fold(e.label) for f in analyse_text(text).facts if f.kind == "negotiation"
            for part in f.parts for _, e in part.roles]


def test_a_deployment_weighed_is_no_venue() -> None:
    text = "Le Japon et l'Indonésie discutent de la possibilité de déployer des radars en Indonésie."
    assert _facts(text, "negotiation") == [(frozenset({"japon", "indonesie"}), "ASSERTED")]
    assert _venues(text) == []


def test_a_visit_made_still_gives_its_venue() -> None:
    assert "indonesie" in _venues("Le ministre japonais, en visite en Indonésie, a rencontré son homologue indonésien.")


@pytest.mark.parametrize("text", [
    "Le groupe émirati prévoit le transfert de la fabrication de ses drones vers la Grèce.",
    "Face à ses pertes en Somalie, l'armée kényane va s'offrir des blindés.",
])
def test_no_supply_is_told(text: str) -> None:
    assert _facts(text, "support") == []


def test_ships_sent_on_a_visit_are_no_supply() -> None:
    text = "Le Japon a livré six patrouilleurs aux Philippines. Les garde-côtes japonais ont aussi envoyé cinq " \
        "navires en visite et ont tenu des exercices de sauvetage avec les garde-côtes indonésiens."
    told = [e.sentence for f in analyse_text(text).facts if f.kind == "support" for e in f.evidence]
    assert told and not any("en visite" in sentence for sentence in told)


@pytest.mark.parametrize(("text", "pair"), [
    ("La Corée du Sud a envoyé trois patrouilleurs au Chili.", {"coree du sud", "chili"}),
    ("Le Japon a offert des radars à l'Indonésie.", {"japon", "indonesie"}),
])
def test_a_supply_stays(text: str, pair: set[str]) -> None:
    assert [states for states, _ in _facts(text, "support")] == [frozenset(pair)]


def test_a_sum_of_orders_is_no_deal() -> None:
    text = "Le groupe de défense a enregistré 9 milliards d'euros de commandes au cours des six premiers mois."
    amounts = [a for f in analyse_text(text).facts for a in f.amounts]
    assert amounts == []
