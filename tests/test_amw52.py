"""States, systems and sums as newsrooms tell them (sentences written for these tests): a lone surname after a full
name the reference data lacks is that person, not a namesake of the reference data (nor the namesake's state)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import build_text, rows


def _states(tmp_path: Path, text: str) -> set[str]:
    return {r["stateLabel"] for r in rows(build_text(tmp_path, "Titre\n" + text), "states")}


def _people(tmp_path: Path, text: str) -> set[str]:
    return {r["personLabel"] for r in rows(build_text(tmp_path, "Titre\n" + text), "people")}


def test_a_lone_surname_repeats_the_full_name_told_before(tmp_path: Path) -> None:
    text = ("Le Premier ministre roumain, Marius Orban, a reçu l'ambassadeur. Le Premier ministre Orban a déclaré "
            "que la Roumanie était plus sûre.")
    assert _states(tmp_path, text) == {"Roumanie"}
    assert _people(tmp_path, text) == {"Marius Orban"}


def test_a_lone_surname_told_first_is_the_reference_person(tmp_path: Path) -> None:
    text = "Le Premier ministre Orban a reçu le chancelier autrichien à Budapest."
    assert "Hongrie" in _states(tmp_path, text)
    assert _people(tmp_path, text) == {"Viktor Orban"}
