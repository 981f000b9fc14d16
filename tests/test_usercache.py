"""The user cache (kg.usercache) and the reference matcher kept in it: what comes back from the cache is what
was made, a damaged entry is made again, a cache that cannot be written is skipped, and the matcher built from
cached token keys finds what one built from the forms does."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from spacy.matcher import PhraseMatcher

from kg import gazetteer, nlp, usercache


def test_a_value_is_made_once_then_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    made: list[int] = []

    def make() -> list[list[int]]:
        made.append(1)
        return [[1, 2], [3]]

    key = usercache.content_key("forms", ["a b", "c"])
    assert usercache.cached("test", key, make) == [[1, 2], [3]]
    assert usercache.cached("test", key, make) == [[1, 2], [3]]
    assert made == [1]
    assert [p.name for p in tmp_path.iterdir()] == [f"test-{key}.json"]  # no temporary file left behind
    assert usercache.content_key("forms", ["a b", "d"]) != key


def test_a_damaged_entry_is_made_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    key = usercache.content_key("x")
    (tmp_path / f"test-{key}.json").write_text('{"key": "', encoding="utf-8")  # a write cut short
    assert usercache.cached("test", key, lambda: [7]) == [7]
    assert usercache.cached("test", key, lambda: [8]) == [7]


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocked / "kg"))  # under a file: no folder can be made
    assert usercache.cached("test", "k", lambda: [1]) == [1]
    monkeypatch.setenv("KG_CACHE_DIR", "")
    assert usercache.cache_dir() is None
    assert usercache.cached("test", "k", lambda: [2]) == [2]


def test_old_entries_of_a_kind_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    for number in range(usercache.KEEP + 3):
        usercache.cached("test", f"k{number}", lambda: [])
        os.utime(tmp_path / f"test-k{number}.json", (number, number))
    usercache.cached("test", "last", lambda: [])
    assert len(list(tmp_path.glob("test-*.json"))) == usercache.KEEP
    assert (tmp_path / "test-last.json").exists()


def test_the_matcher_from_the_cache_matches_as_the_one_built_from_the_forms(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    gaz = gazetteer.load()
    fresh, targets = nlp.matcher(gaz)
    assert len(list(tmp_path.glob("matcher-*.json"))) == 1
    cached, again = nlp.matcher(gaz)
    assert again == targets
    text = ("Le ministre français a rencontré à Berlin son homologue des États-Unis ; la Suède livrera des "
            "chars à l'Ukraine avec l'OTAN.")
    doc = nlp.model().make_doc(nlp.plain(text))
    found = sorted(fresh(doc))
    assert len(found) >= 4
    assert sorted(cached(doc)) == found
    # as a matcher of the forms' own Docs finds them (how it was built before the cache)
    position = {target: at for at, target in enumerate(targets)}
    docs = PhraseMatcher(nlp.model().vocab, attr="LOWER")
    for form in gaz.forms:
        docs.add(str(position[form.entity, form.how]), [nlp.model().make_doc(nlp.plain(form.text))])
    assert sorted(docs(doc)) == found
