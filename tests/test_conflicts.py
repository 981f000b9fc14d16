"""queries/conflicts.rq: facts on which two articles disagree, each side with its sentence and article."""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

from tests.conftest import rows, run

ARTICLES = {
    "livraison.txt": "Livraison\nLe Portugal a livré des obusiers Caesar au Chili, a annoncé Lisbonne lundi.\n"
                     "Le Pérou a signé un contrat de 3 milliards de dollars avec le Brésil.\n",
    "dementi.txt": "Démenti\nLe Portugal dément avoir livré des obusiers Caesar au Chili.\n"
                   "Le Pérou a signé un contrat de 4 milliards de dollars avec le Brésil.\n",
    "autre.txt": "Autre\nLe Portugal a livré des obusiers Caesar au Chili.\n",
}


def _value(text: str) -> str:
    """« 3000000000.0 USD » -> « 3000000000 USD »: amounts compared as numbers."""
    number, _, currency = text.partition(" ")
    try:
        return f"{Decimal(number).normalize():f} {currency}" if currency else text
    except InvalidOperation:
        return text


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("conflicts")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    graph = folder / "corpus.ttl"
    assert run("build", str(folder), "-o", str(graph), "--published", "2025-03-10").exit_code == 0
    return graph


def test_two_articles_that_disagree_are_listed(corpus: Path) -> None:
    found = rows(corpus, "conflicts")
    reasons = {(row["reason"], frozenset(row["actors"].split(", ")),
                frozenset((_value(row["valueA"]), _value(row["valueB"])))) for row in found}
    chile, peru = frozenset({"Chili", "Portugal"}), frozenset({"Brésil", "Pérou"})
    assert ("modality", chile, frozenset({"denied", "reported"})) in reasons
    assert ("modality", chile, frozenset({"denied", "asserted"})) in reasons
    assert ("amount", peru, frozenset({"3000000000 USD", "4000000000 USD"})) in reasons
    # two articles that agree (delivered in both) are no conflict
    assert not any(r["reason"] == "modality" and {r["valueA"], r["valueB"]} == {"asserted", "reported"} for r in found)
    denied = next(r for r in found if "denied" in {r["valueA"], r["valueB"]})
    assert "dément" in denied["sentenceA"] + denied["sentenceB"]
    assert denied["articleA"] != denied["articleB"]


def test_view_conflicts_shows_both_sides_of_each_disagreement(corpus: Path) -> None:
    result = run("view", "conflicts", str(corpus), "--format", "json")
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)["disagreements"]
    amounts = next(c for c in found if c["reason"] == "amount")
    assert amounts["kind"] == "agreement"
    assert {side["says"] for side in amounts["sides"]} == {"3 000 000 000 USD", "4 000 000 000 USD"}
    denial = next(c for c in found if c["reason"] == "modality" and
                  {s["modality"] for s in c["sides"]} == {"denied", "reported"})
    assert {side["article"] for side in denial["sides"]} == {"Démenti", "Livraison"}
    assert any("dément" in side["sentence"] for side in denial["sides"])
    table = run("view", "conflicts", str(corpus), "--wide")
    assert table.exit_code == 0
    assert table.stdout.startswith(f"{len(found)} disagreements between 3 articles")
    assert "4 000 000 000 USD" in table.stdout and "Le Portugal dément" in table.stdout


def test_view_conflicts_of_one_article_finds_none_and_draws_nothing(tmp_path: Path) -> None:
    (tmp_path / "seul.txt").write_text(ARTICLES["livraison.txt"], encoding="utf-8")
    graph = tmp_path / "seul.ttl"
    assert run("build", str(tmp_path / "seul.txt"), "-o", str(graph)).exit_code == 0
    assert run("view", "conflicts", str(graph)).stdout.startswith("No disagreement")
    picture = run("view", "conflicts", str(graph), "-o", str(tmp_path / "x.png"))
    assert picture.exit_code == 2 and "no network" in picture.stderr
    assert not (tmp_path / "x.png").exists()
