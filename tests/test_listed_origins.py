"""Supplies told in a fleet's round-up: systems of several origins listed with no supplier said each come from the
state of their own demonym; a purchase told as the means of a clause (« dispose de ... avec l'acquisition de »)
is bought by the clause's subject, a pronoun resolved; a demonym on a system is never its buyer. Sentences written
for these tests."""

from __future__ import annotations

from tests.test_deals import facts


def _supplies(text: str) -> set[tuple[str, str, str]]:
    return {(s.label, r.label, w.label) for f in facts(text, "support")
            for s in f.get("supporter") for r in f.get("recipient") for w in f.get("weapon")}


def test_each_system_listed_comes_from_its_own_demonym() -> None:
    text = "Le Pérou a acheté deux frégates italiennes Lupo et une frégate britannique Amazon."
    assert _supplies(text) == {("Italie", "Pérou", "Lupo"), ("Royaume-Uni", "Pérou", "Amazon")}
    text = "La marine péruvienne a réceptionné deux frégates italiennes Lupo et une frégate britannique Amazon."
    assert {(s, r) for s, r, _w in _supplies(text)} == {("Italie", "Pérou"), ("Royaume-Uni", "Pérou")}


def test_a_supplier_said_supplies_every_system_listed() -> None:
    text = "La France a livré deux frégates italiennes Lupo et une frégate britannique Amazon au Pérou."
    assert {(s, r) for s, r, _w in _supplies(text)} == {("France", "Pérou")}


def test_a_purchase_told_as_the_means_of_a_pronoun_clause() -> None:
    text = ("La marine péruvienne se modernise. Elle dispose désormais d'une flotte récente avec l'acquisition de "
            "deux frégates ex-italiennes du type Lupo et d'une frégate ex-britannique du type 21.")
    assert {(s, r) for s, r, _w in _supplies(text)} == {("Italie", "Pérou"), ("Royaume-Uni", "Pérou")}
    # a demonym on a system listed after the purchase noun is never its buyer
    assert all(r == "Pérou" for _s, r, _w in _supplies(text))


def test_a_long_list_the_parser_cuts_off_its_noun() -> None:
    text = ("La marine péruvienne se modernise. Elle dispose d'une composante « frégates » récente et homogène avec "
            "l'acquisition de deux frégates lance-missiles ex-italiennes du type Lupo, deux frégates ex-italiennes du "
            "type Maestrale, une frégate ex-britannique du type 21 et trois frégates ex-britanniques du type 42 (la "
            "dernière a été livrée en mai dernier).")
    found = _supplies(text)
    assert {(s, r) for s, r, _w in found} == {("Italie", "Pérou"), ("Royaume-Uni", "Pérou")}
    assert ("Royaume-Uni", "Pérou", "type 42") in found and ("Royaume-Uni", "Pérou", "Lupo") not in found
