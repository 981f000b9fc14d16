"""Corpus use through the CLI: a store built incrementally, read by every command, pushed to a real SPARQL
server and queried there; JSON Lines input, unreadable sources skipped, the same graph with one or two jobs."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import QUERIES, run, write_articles

ARTICLES = {
    "a.txt": "Livraison\nLa Norvège a livré des obusiers à l'Ukraine, a annoncé Oslo lundi.\n",
    "b.txt": "Contrat\nLe Pérou a signé un contrat de 3 milliards de dollars avec le Brésil.\n",
    "c.txt": "Pourparlers\nLa Serbie et le Kosovo ont négocié mardi à Bruxelles.\n",
}


def _corpus(folder: Path) -> Path:
    return write_articles(folder, ARTICLES)


def test_a_store_rebuild_analyses_only_what_changed(tmp_path: Path) -> None:
    corpus, store = _corpus(tmp_path / "corpus"), str(tmp_path / "store")
    first = run("build", str(corpus), "--store", store, "--published", "2025-03-10")
    assert first.exit_code == 0, first.stderr
    assert "3 articles" in first.stderr
    again = run("build", str(corpus), "--store", store, "--published", "2025-03-10")
    assert "0 articles, 0 facts, 3 unchanged" in again.stderr
    (corpus / "b.txt").write_text(ARTICLES["b.txt"].replace("3 milliards", "4 milliards"), encoding="utf-8")
    (corpus / "c.txt").unlink()
    changed = run("build", str(corpus), "--store", store, "--published", "2025-03-10", "--prune")
    assert "1 article" in changed.stderr and "1 unchanged" in changed.stderr and "1 source pruned" in changed.stderr
    amounts = run("query", str(QUERIES / "agreements.rq"), "--store", store, "--format", "json")
    values = {b["amount"]["value"] for b in json.loads(amounts.stdout)["results"]["bindings"] if "amount" in b}
    assert {float(v) for v in values} == {4e9}
    talks = run("query", str(QUERIES / "negotiations.rq"), "--store", store, "--format", "json")
    assert json.loads(talks.stdout)["results"]["bindings"] == []  # the pruned article's talks are gone


def test_every_reading_command_takes_a_store(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    assert run("build", str(_corpus(tmp_path / "corpus")), "--store", store).exit_code == 0
    assert run("validate", "--store", store).exit_code == 0
    assert json.loads(run("stats", "--store", store, "--format", "json").stdout)
    assert "Ukraine" in run("view", "neighbors", "--store", store, "Norvège").stdout
    exported = tmp_path / "all.nq"
    assert run("export", "--store", store, "--format", "nquads", "-o", str(exported)).exit_code == 0
    assert "article-" in exported.read_text(encoding="utf-8")
    page = tmp_path / "r.html"
    assert run("report", "--store", store, "-o", str(page)).exit_code == 0 and page.stat().st_size > 1000
    both = run("stats", str(exported), "--store", store)
    assert both.exit_code == 2 and "one of them" in both.stderr


def test_push_then_query_the_endpoint(tmp_path: Path, server: str) -> None:
    store = str(tmp_path / "store")
    assert run("build", str(_corpus(tmp_path / "corpus")), "--store", store).exit_code == 0
    pushed = run("push", "--store", store, "--endpoint", server + "/store")
    assert pushed.exit_code == 0, pushed.stderr
    assert "4 graphs pushed" in pushed.stderr  # three articles and the reference data
    answer = run("query", str(QUERIES / "states.rq"), "--endpoint", server + "/query", "--format", "csv")
    assert answer.exit_code == 0, answer.stderr
    assert {"Norvège", "Ukraine", "Pérou", "Brésil", "Serbie"} <= {line.split(",")[1] for line in
                                                                   answer.stdout.splitlines()[1:]}


def test_a_down_endpoint_is_one_line(tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    assert run("build", str(_corpus(tmp_path / "corpus")), "-o", str(graph)).exit_code == 0
    down = run("push", str(graph), "--endpoint", "http://127.0.0.1:9/store", "--timeout", "2")
    assert down.exit_code == 2 and len(down.stderr.strip().splitlines()) == 1
    assert "Traceback" not in down.stderr


def test_json_lines_an_unreadable_file_and_two_jobs(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    lines = [{"text": f"Article {n}\nLa Norvège a livré des obusiers à l'Ukraine ({n}).",
              "url": f"https://x.example/{n}"} for n in range(20)]
    (corpus / "more.jsonl").write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines),
                                       encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    one, two = tmp_path / "one.ttl", tmp_path / "two.ttl"
    first = run("build", str(corpus), "-o", str(one), "--jobs", "1", "--published", "2025-03-10")
    assert first.exit_code == 3 and "empty.txt: the file is empty" in first.stderr
    assert "23 articles" in first.stderr
    second = run("build", str(corpus), "-o", str(two), "--jobs", "2", "--published", "2025-03-10")
    assert second.exit_code == 3
    assert one.read_bytes() == two.read_bytes()
    assert "https://x.example/7" in one.read_text(encoding="utf-8")
    strict = run("build", str(corpus), "-o", str(tmp_path / "s.ttl"), "--strict")
    assert strict.exit_code == 2 and not (tmp_path / "s.ttl").exists()


def test_build_needs_one_destination(tmp_path: Path) -> None:
    corpus = str(_corpus(tmp_path / "corpus"))
    assert run("build", corpus).exit_code == 2
    assert run("build", corpus, "-o", str(tmp_path / "g.ttl"), "--store", str(tmp_path / "s")).exit_code == 2
    assert run("build", corpus, "-o", str(tmp_path / "g.ttl"), "--prune").exit_code == 2
