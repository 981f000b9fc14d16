"""A name the NER reads as a person's that opens with the noun of a Spanish or Portuguese firm's trade (« Astilleros
X », « Estaleiro X »; ontology/lexicon/firm-name-starts.tsv) is no one's. Sentences written for the
purpose."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import build_text, rows


def _labels(tmp_path: Path, text: str, query: str, column: str) -> set[str]:
    return {r.get(column, "") for r in rows(build_text(tmp_path, f"Titre\n{text}\n"), query)}


def test_a_firm_name_opened_by_a_trade_noun_is_no_person(tmp_path: Path) -> None:
    assert not _labels(tmp_path, "Les ministres inspecteront les ateliers de Industrias Mecanicas de la Plata "
                       "(IMP) à Rosario.", "people", "personLabel")


def test_a_person_whose_surname_is_a_firm_noun_stays_a_person(tmp_path: Path) -> None:
    assert "Pedro Fabricas" in _labels(tmp_path, "Le ministre a rencontré Pedro Fabricas, directeur du port.",
                                       "people", "personLabel")
