"""A deal pointed back to: a worth set off after « cette vente », « ce contrat » is the worth of the deal told
before; the subject of a clause that sets « cette vente » aside sells nothing; a lone signer of a deal for a sale
that names no buyer is no seller. Sentences written for these tests; the firm is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)
SALE = "La société Zorvatek a remporté un contrat avec l'armée américaine pour fournir au Chili des missiles Javelin. "


def _facts(text: str) -> list[tuple[str, frozenset[str], tuple[int, ...]]]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return [(f.kind, frozenset(e.label for _, e in f.roles), tuple(int(a.value) for a in f.amounts)) for f in found]


@pytest.mark.parametrize("aside", [
    "Avec cette vente, d'un montant de 120 millions de dollars, le Chili devient le troisième client du système.",
    "Avec ce contrat, d'une valeur de 120 millions de dollars, le Chili devient le troisième client du système.",
])
def test_a_worth_set_off_after_a_deal_pointed_back_to_is_its_worth(aside: str) -> None:
    deals = [f for f in _facts(SALE + aside) if f[0] == "agreement"]
    assert deals == [("agreement", frozenset({"États-Unis", "Chili"}), (120_000_000,))]


def test_a_worth_of_something_else_set_off_is_no_deal_worth() -> None:
    text = SALE + "Des entrepôts, d'une valeur de 120 millions de dollars, ont été construits à Santiago."
    assert all(not f[2] for f in _facts(text) if f[0] == "agreement")


def test_the_subject_of_a_clause_setting_this_sale_aside_sells_nothing() -> None:
    text = SALE + "Avec cette vente, le Chili devient le troisième client export du système."
    sellers = {f[1] for f in _facts(text) if f[0] == "support"}
    assert sellers == {frozenset({"États-Unis", "Chili", "Javelin"})}


def test_a_lone_signer_of_a_deal_for_a_sale_is_no_seller() -> None:
    text = ("Le Pérou avait signé une lettre d'accord pour la vente du Javelin. Le Paraguay a également signé "
            "une lettre d'accord pour le Javelin, en faisant le cinquième pays à se doter de ce système.")
    assert not [f for f in _facts(text) if f[0] == "support" and "Pérou" in f[1]]


def test_a_signer_selling_to_a_buyer_named_is_the_seller() -> None:
    found = _facts("La France a signé un contrat pour la vente de 24 Rafale au Qatar.")
    assert ("support", frozenset({"France", "Qatar", "Rafale"}), ()) in found


def test_a_lone_signer_of_the_systems_own_state_is_the_seller() -> None:
    found = _facts("Le Qatar achète des Rafale\n\nLa France a signé un contrat pour la vente de 24 Rafale.")
    assert ("support", frozenset({"France", "Qatar", "Rafale"})) in {f[:2] for f in found}
