"""A clitic object of a verb of supply (« X l'a vendu à Y », « X les a cédés à Y ») takes up the one system named
in the sentence before; the object of a verb of help does not. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import build_text, rows


def supplied(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    graph = build_text(tmp_path, f"Titre\n{text}\n")
    return {(r["supporterLabel"], r["recipientLabel"], r.get("weaponLabel", ""))
            for r in rows(graph, "military-support")}


def test_a_clitic_sold_takes_up_the_system(tmp_path: Path) -> None:
    found = supplied(tmp_path, "Le Rafale a été présenté au salon. L'Inde l'a acheté à la France.")
    assert ("France", "Inde", "Rafale") in found


def test_a_plural_clitic_handed_over_takes_up_the_system(tmp_path: Path) -> None:
    found = supplied(tmp_path, "Les Leopard 2 sont des chars lourds. Berlin les a cédés à Kiev l'an dernier.")
    assert ("Allemagne", "Ukraine", "Leopard 2") in found


def test_a_clitic_sold_to_two_states(tmp_path: Path) -> None:
    found = supplied(tmp_path, "Le Pantsir est un système antiaérien mobile. Moscou l'a vendu à l'Algérie et à "
                               "l'Égypte.")
    assert {w for s, r, w in found if s == "Russie"} == {"Pantsir"}


def test_a_clitic_helped_takes_up_no_system(tmp_path: Path) -> None:
    found = supplied(tmp_path, "Les Leopard 2 sont des chars lourds. Berlin a aidé Kiev et l'a soutenu l'an dernier.")
    assert all(w == "" for _s, _r, w in found)
