"""A known system's name followed by a version's code is that version when the article tells it apart from the
system; a joint designator written with spaces around its slash is the known one; a maker named by its former name
makes the renamed firm's systems under that name. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.pipeline import analyse_text
from kg.records import Entity
from tests.conftest import rows, run

PUBLISHED = dt.date(2025, 6, 2)


def weapons(text: str) -> dict[str, Entity]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).mentions.values()
    return {e.label: e for e in found if e.cls == "WeaponSystem"}


def built_makers(tmp_path: Path, text: str) -> set[tuple[str, str | None]]:
    """(system, maker) pairs of the weapon-systems query on the graph kg builds from `text`."""
    article = tmp_path / "a.txt"
    article.write_text(f"Titre\n\n{text}\n", encoding="utf-8")
    out = tmp_path / "a.ttl"
    assert run("build", str(article), "-o", str(out), "-q").exit_code == 0
    return {(r["weaponLabel"], r.get("manufacturerLabel")) for r in rows(out, "weapon-systems")}


def test_a_version_told_apart_from_its_system_is_a_system_of_its_own(tmp_path: Path) -> None:
    text = "L'armée a reçu des Patriot GEM-T, tandis que ses vieux Patriot seront retirés du service en 2027."
    found = weapons(text)
    assert {"Patriot", "Patriot GEM-T"} <= set(found)
    assert found["Patriot GEM-T"].iri is None
    assert ("Patriot GEM-T", "Raytheon") in built_makers(tmp_path, text)  # the makers of the system it derives from


def test_a_version_named_alone_is_the_system() -> None:
    assert set(weapons("L'armée a reçu des Patriot GEM-T pour protéger la capitale.")) == {"Patriot"}


def test_a_word_of_one_capital_after_the_system_is_no_version() -> None:
    found = weapons("L'armée a reçu des Patriot Alpha, tandis que ses vieux Patriot seront retirés du service.")
    assert set(found) == {"Patriot"}


def test_a_version_code_split_by_the_tokenizer_is_one_word() -> None:
    found = weapons("Le pays a commandé des Patriot ZORVA-T. Ces Patriot remplaceront des systèmes soviétiques.")
    assert "Patriot ZORVA-T" in found


def test_a_joint_designator_spaced_around_its_slash_is_the_known_one(tmp_path: Path) -> None:
    makers = built_makers(tmp_path, "La marine a acheté trois AN / TPY-2D pour surveiller ses côtes.")
    assert ("AN / TPY-2D", "Raytheon") in makers


def test_a_maker_named_by_its_former_name_makes_the_system_under_that_name(tmp_path: Path) -> None:
    makers = built_makers(tmp_path, "L'armée a commandé 30 chars Leclerc au constructeur français Nexter en 2012.")
    assert ("char Leclerc", "Nexter") in makers


def test_a_system_of_the_renamed_firm_keeps_its_current_name_when_no_former_one_is_told(tmp_path: Path) -> None:
    makers = built_makers(tmp_path, "L'armée a commandé 30 chars Leclerc en 2025.")
    assert {m for w, m in makers if w == "char Leclerc"} == {"KNDS France"}
