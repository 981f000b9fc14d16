"""Orders placed at home and purchases told in a relative clause, from the buyer's side: « X a commandé des W à
<maker de X> » is the maker's sale to its own state (the query gives the maker as the supporter); « les vedettes Y
sont les premières des six que X a achetées » is a sale by the state of the demonym."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import build_text, rows
from tests.test_deals import supplies


def _supports(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    graph = build_text(tmp_path, f"Titre\n{body}\n")
    return {(r["supporterLabel"], r["recipientLabel"]) for r in rows(graph, "military-support")}


def test_an_order_placed_with_a_maker_of_the_buyers_state_is_the_makers_sale(tmp_path: Path) -> None:
    assert _supports(tmp_path, "La Suède a commandé vingt Gripen E supplémentaires à Saab.") == {("Saab", "Suède")}
    assert _supports(tmp_path, "La France a passé commande de douze Rafale auprès de Dassault Aviation.") == \
        {("Dassault Aviation", "France")}


def test_a_delivery_or_a_making_at_home_supports_no_one(tmp_path: Path) -> None:
    # the same maker delivering to, or making for, its own state is no order told
    assert _supports(tmp_path, "Dassault Aviation a livré deux Rafale à la France en mars.") == set()
    assert _supports(tmp_path, "Saab fabrique le Gripen pour la Suède depuis trente ans.") == set()


def test_a_purchase_told_in_a_relative_clause_is_sold_by_the_state_of_the_demonym() -> None:
    text = "Les deux patrouilleurs japonais sont les premiers des six que le Kenya a achetés."
    assert supplies(text) == {("japon", "kenya")}
    # two origins named: no single seller
    text = "Les patrouilleurs japonais et les patrouilleurs turcs sont les premiers des six que le Kenya a achetés."
    assert supplies(text) == set()


def test_the_country_that_buys_is_a_state_never_the_firm_told_before() -> None:
    text = ("Le Pérou modernise sa flotte de drones. Elbit Systems a ouvert un bureau à Lima l'an dernier. "
            "Le pays a acheté huit drones Hermes 900 à Elbit Systems en 2021.")
    assert supplies(text) == {("israel", "perou")}
