"""queries/conflicts.rq: facts on which two articles disagree, each side with its sentence and article."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

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


def test_two_articles_that_disagree_are_listed(tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    graph = tmp_path / "corpus.ttl"
    assert run("build", str(tmp_path), "-o", str(graph), "--published", "2025-03-10").exit_code == 0
    found = rows(graph, "conflicts")
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
