"""Scale: a store rebuild where nothing changed reads hashes only; the French model is not loaded for it. The
reference data and the model load without garbage collection and are then left out of it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import kg.nlp
import kg.pipeline
from tests.conftest import run, write_articles

ARTICLES = {
    "a.txt": "Livraison\nLa Norvège a livré des obusiers à l'Ukraine, a annoncé Oslo lundi.\n",
    "b.txt": "Pourparlers\nLa Serbie et le Kosovo ont négocié mardi à Bruxelles.\n",
}


def _corpus(folder: Path) -> Path:
    return write_articles(folder, ARTICLES)


def _no_model() -> None:
    raise AssertionError("the French model or the reference matcher was asked for")


def test_a_no_op_rebuild_does_not_load_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, store = _corpus(tmp_path / "corpus"), str(tmp_path / "store")
    assert run("build", str(corpus), "--store", store, "--jobs", "1").exit_code == 0
    monkeypatch.setattr(kg.nlp, "model", _no_model)
    monkeypatch.setattr(kg.pipeline, "reference_index", _no_model)
    again = run("build", str(corpus), "--store", store, "--jobs", "2")
    assert again.exit_code == 0, again.stderr or again.exception
    assert "0 articles, 0 facts, 2 unchanged" in again.stderr



def test_the_reference_data_loads_without_garbage_collection_then_is_left_out_of_it() -> None:
    """A full collection while the model loaded walked the reference graph too, and every later one walked both
    (1.2 s of CPU in a build of 1,000 articles): none runs while they load, and they are frozen out of later ones."""
    kg.nlp.model()
    passes: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    thresholds = gc.get_threshold()
    gc.unfreeze()
    gc.callbacks.append(count)
    try:
        kg.pipeline.reference_index.__wrapped__()
    finally:
        gc.callbacks.remove(count)
    assert passes == []
    assert gc.get_threshold() == thresholds
    assert gc.get_freeze_count() > 0
