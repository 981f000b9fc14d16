"""The lexicon tables: each one declared with its columns, read by something, and each row kind used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.extract import lexicon
from kg.kinds import KINDS
from kg.resources import data_dir

LEXICON = data_dir("ontology") / "lexicon"
EXTRACTOR = Path(lexicon.__file__).parent


def test_every_table_is_declared_and_every_declared_table_exists() -> None:
    assert {p.name for p in LEXICON.glob("*.tsv")} == set(lexicon.TABLES)


@pytest.mark.parametrize("name", sorted(lexicon.TABLES))
def test_every_table_reads_with_its_columns(name: str) -> None:
    rows = lexicon.table(name)
    assert rows, f"{name} has no row"
    assert all(len(row) == len(lexicon.TABLES[name]) and all(row) for row in rows)


@pytest.mark.parametrize("name", sorted(lexicon.TABLES))
def test_every_table_is_read_by_the_extractor(name: str) -> None:
    """A table is read through its own loader, named in some module of kg/extract (or in the gazetteer)."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in EXTRACTOR.glob("*.py") if p.name != "lexicon.py")
    source += (EXTRACTOR.parent / "gazetteer.py").read_text(encoding="utf-8")  # English force nouns
    loaders = {"triggers.tsv": r"\btriggers\(|\btrigger_lemmas\(", "modality.tsv": r"modality_(words|class)\(",
               "role-cases.tsv": r"\brole_cases\(", "reach.tsv": r"\breach\(", "currencies.tsv": r"\bcurrencies\(",
               "post-frames.tsv": r"\bpost_frames\(", "state-currencies.tsv": r"\bstate_currencies\(",
               "ship-handovers.tsv": r"\bship_handovers\(",
               "force-nouns-en.tsv": r'table\("force-nouns-en\.tsv"\)', "civil-aviation.tsv": r"\bcivil_aviation\(",
               "one-by-one.tsv": r'table\("one-by-one\.tsv"\)', "firm-introducers.tsv": r"\bfirm_nouns\(",
                   "deal-kinds.tsv": r"\bdeal_kinds\(", "tie-verbs.tsv": r"\btie_verbs\(",
               "platform-families.tsv": r"\bplatform_families\(", "part-nouns.tsv": r'table\("part-nouns\.tsv"\)',
               "deal-idioms.tsv": r'table\("deal-idioms\.tsv"\)',
               "demonym-idioms.tsv": r'table\("demonym-idioms\.tsv"\)',
               "signings-to-come.tsv": r'table\("signings-to-come\.tsv"\)',
               "passing-deal-words.tsv": r'table\("passing-deal-words\.tsv"\)',
               "platform-words.tsv": r'table\("platform-words\.tsv"\)',
               "meeting-stays.tsv": r'table\("meeting-stays\.tsv"\)',
               "offer-cues.tsv": r'table\("offer-cues\.tsv"\)',
               "former-currencies.tsv": r"\bformer_currencies\("}
    pattern = loaders.get(name, rf"word_list\(\"{re.escape(name)}\"\)")
    assert re.search(pattern, source), f"nothing in kg/extract reads {name}"


def test_every_row_kind_is_known() -> None:
    facts = {row[0] for row in lexicon.table("triggers.tsv")}
    assert facts <= set(KINDS)
    assert {cls for _lemma, cls in lexicon.table("modality.tsv")} == set(lexicon.MODALITY_CLASSES)
    assert {role for role, _case in lexicon.table("role-cases.tsv")} == {
        "recipient", "partner", "source", "adversary", "place", "seller", "host", "seat"}
    assert {window for window, *_ in lexicon.table("reach.tsv")} == {
        "military", "weapon", "recipient", "talks", "issue", "sport", "maker", "sides"}
    assert {kind for _lemma, kind in lexicon.table("civil-aviation.tsv")} == {"aircraft", "qualifier", "armed"}
    assert {needs for _lemma, needs in lexicon.table("ship-handovers.tsv")} == {"-", "for", "from"}
    assert {standing for *_row, standing in lexicon.table("deal-kinds.tsv")} == {"-", "tie"}
    assert {tells for _lemma, tells in lexicon.table("tie-verbs.tsv")} == {"tend", "make"}
    assert {family for _noun, family in lexicon.table("platform-families.tsv")} == {"land", "sea", "air"}


def test_negation_words_come_from_the_table() -> None:
    assert {"pas", "jamais", "rien"} <= lexicon.words_of_class("negation")
    assert "annoncer" not in lexicon.words_of_class("negation")


def test_a_wrong_header_fails_loudly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "reach.tsv").write_text("# comment\nwindow\tdays\tmeaning\nmilitary\t2\tx\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "lexicon_file", lambda name: tmp_path / name)
    lexicon.table.cache_clear()
    try:
        with pytest.raises(KgError, match="header"):
            lexicon.table("reach.tsv")
    finally:
        lexicon.table.cache_clear()


def test_an_undeclared_table_is_refused() -> None:
    with pytest.raises(KgError, match="no reader"):
        lexicon.table("unknown.tsv")


def test_award_triggers_are_awarding_verbs() -> None:
    """One set of awarding verbs: every trigger of an award (detail `award`) is among them."""
    awarding = lexicon.word_list("awarding-verbs.tsv")
    award_triggers = {lemma for (lemma, _pos), entries in lexicon.triggers().items()
                      for entry in entries if entry.detail == "award"}
    assert award_triggers
    assert award_triggers <= awarding
    assert "notifier" in awarding
