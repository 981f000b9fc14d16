"""What a new user trips over (issue 11), each through the CLI: file modes, parameters, names, output formats,
table widths, plurals, stdout and folders, CONSTRUCT prefixes, SPARQL rdflib cannot evaluate, pictures, start-up."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import cli
from kg.graphfile import load_graph
from kg.views import actor_network, projection
from tests.conftest import DATA, QUERIES, ROOT, run

EXAMPLE = ROOT / "examples" / "geneve-aasm-hammer.txt"


@pytest.fixture(scope="module")
def example_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("example") / "graph.ttl"
    result = run("build", str(EXAMPLE), "-o", str(out), "--published", "2025-02-17")
    assert result.exit_code == 0, result.stderr
    return out


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _query_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "q.rq"
    path.write_text("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                    "PREFIX kg: <https://w3id.org/kg-news/ontology#>\n" + text, encoding="utf-8")
    return str(path)


# 1. file modes
def test_output_files_follow_the_umask_and_keep_their_mode(sample_graph: Path, tmp_path: Path,
                                                           umask_022: None) -> None:
    out = tmp_path / "graph.nt"
    assert run("export", str(sample_graph), "--format", "nt", "-o", str(out)).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    out.chmod(0o640)
    assert run("export", str(sample_graph), "--format", "nt", "-o", str(out)).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


# 2. parameters
def test_param_takes_a_language_tag_and_names_match_any_language(sample_graph: Path, tmp_path: Path) -> None:
    query = _query_file(tmp_path, "SELECT ?state WHERE { ?state a kg:State ; skos:prefLabel ?name }")
    tagged = run("query", query, str(sample_graph), "--param", "name=Suède@fr", "--format", "csv")
    assert tagged.exit_code == 0, tagged.stderr
    assert tagged.stdout.splitlines()[1:] == ["https://w3id.org/kg-news/id/state-SWE"]
    named = run("query", str(QUERIES / "connections.rq"), str(sample_graph), "--param", "aName=sweden",
                "--param", "bName=Ukraine", "--format", "json")
    assert named.exit_code == 0, named.stderr
    pairs = {(b["aLabel"]["value"], b["bLabel"]["value"]) for b in json.loads(named.stdout)["results"]["bindings"]}
    assert pairs == {("Suède", "Ukraine")}


def test_unknown_param_name_is_an_error(sample_graph: Path) -> None:
    result = run("query", str(QUERIES / "states.rq"), str(sample_graph), "--param", "nmae=Suède")
    assert result.exit_code == 2
    assert "no variable ?nmae" in result.stderr
    assert "Traceback" not in result.stderr


# 3. names
def test_a_demonym_names_its_state_and_a_title_is_ambiguous(example_graph: Path) -> None:
    russian = run("view", "neighbors", str(example_graph), "russe")
    assert russian.exit_code == 0, russian.stderr
    assert russian.stdout.startswith("Russie:")
    president = run("view", "neighbors", str(example_graph), "président")
    assert president.exit_code == 2
    assert "ambiguous" in president.stderr
    assert "Vladimir Poutine" in president.stderr and "Volodymyr Zelensky" in president.stderr


# 4. formats from the output extension
def test_query_format_follows_the_output_extension(sample_graph: Path, tmp_path: Path) -> None:
    out = tmp_path / "states.csv"
    assert run("query", str(QUERIES / "states.rq"), str(sample_graph), "-o", str(out)).exit_code == 0
    header = next(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert header[:2] == ["state", "stateLabel"]
    pdf = tmp_path / "a.pdf"
    refused = run("query", str(QUERIES / "states.rq"), str(sample_graph), "-o", str(pdf))
    assert refused.exit_code == 2
    assert "unknown output type .pdf" in refused.stderr
    assert not pdf.exists()
    forced = run("query", str(QUERIES / "states.rq"), str(sample_graph), "-o", str(pdf), "--format", "table")
    assert forced.exit_code == 0
    assert pdf.read_text(encoding="utf-8").startswith("state ")


def test_view_format_follows_the_output_extension(sample_graph: Path, tmp_path: Path) -> None:
    out = tmp_path / "actors.csv"
    assert run("view", "actors", str(sample_graph), "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").splitlines()[0] == "actor,relation,actor,facts,modality"
    refused = run("view", "actors", str(sample_graph), "-o", str(tmp_path / "a.pdf"))
    assert refused.exit_code == 2
    assert not (tmp_path / "a.pdf").exists()


# 5. tables fit the terminal
def test_tables_fit_columns_and_wide_shows_all(sample_graph: Path) -> None:
    runner = CliRunner(env={"COLUMNS": "80"})
    query = str(QUERIES / "evidence.rq")
    fitted = runner.invoke(cli, ["query", query, str(sample_graph)])
    assert fitted.exit_code == 0, fitted.stderr
    assert max(len(line) for line in fitted.stdout.splitlines()) <= 80
    assert "…" in fitted.stdout
    assert "\x1b[" not in fitted.stdout
    wide = runner.invoke(cli, ["query", query, str(sample_graph), "--wide"])
    assert max(len(line) for line in wide.stdout.splitlines()) > 80
    assert "…" not in wide.stdout
    view = runner.invoke(cli, ["view", "actors", str(sample_graph)])
    assert max(len(line) for line in view.stdout.splitlines()[2:]) <= 80


# 6. plurals
def test_build_message_says_one_fact(tmp_path: Path) -> None:
    article = tmp_path / "one.txt"
    article.write_text("Livraison\n\nLa Suède a livré des véhicules CV90 à l'Ukraine mardi.\n", encoding="utf-8")
    result = run("build", str(article), "-o", str(tmp_path / "g.ttl"), "--published", "2025-02-20")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"kg: 1 article, 1 fact -> {tmp_path / 'g.ttl'}\n"


# 7. build to stdout, build to a folder
def test_build_to_stdout_and_to_a_folder(tmp_path: Path) -> None:
    article = str(DATA / "suede-cv90.txt")
    result = run("build", article, "-o", "-", "--published", "2025-02-20")
    assert result.exit_code == 0, result.stderr
    assert len(Graph().parse(data=result.stdout, format="turtle")) > 100
    for folder in (str(tmp_path), str(tmp_path / "new") + "/"):
        refused = run("build", article, "-o", folder)
        assert refused.exit_code == 2
        assert "is a folder" in refused.stderr
    assert not (tmp_path / "new").exists()


# 8. CONSTRUCT and ASK
def test_construct_uses_the_project_prefixes_and_ask_is_one_line(sample_graph: Path, tmp_path: Path) -> None:
    construct = _query_file(tmp_path, "CONSTRUCT { ?s skos:prefLabel ?l } WHERE { ?s a kg:State ; "
                                      "skos:prefLabel ?l }")
    result = run("query", construct, str(sample_graph))
    assert result.exit_code == 0, result.stderr
    assert "@prefix kgr: <https://w3id.org/kg-news/id/>" in result.stdout
    assert "ns1:" not in result.stdout
    assert "kgr:state-SWE" in result.stdout
    ask = _query_file(tmp_path, "ASK { ?s a kg:State }")
    assert run("query", ask, str(sample_graph)).stdout == "true\n"


# 9. SPARQL that rdflib cannot evaluate
def test_group_concat_distinct_over_an_unbound_optional_runs(sample_graph: Path, tmp_path: Path) -> None:
    query = _query_file(tmp_path, "SELECT ?state (GROUP_CONCAT(DISTINCT ?nothing; separator=', ') AS ?all) "
                                  "WHERE { ?state a kg:State OPTIONAL { ?state kg:noSuchProperty ?nothing } } "
                                  "GROUP BY ?state ORDER BY ?all ?state")
    result = run("query", query, str(sample_graph), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["state", "all"]
    assert "https://w3id.org/kg-news/id/state-SWE" in {b["state"]["value"] for b in data["results"]["bindings"]}


# 10. pictures and filters
def test_picture_legends_are_in_french(sample_graph: Path, tmp_path: Path) -> None:
    out = tmp_path / "actors.svg"
    assert run("view", "actors", str(sample_graph), "-o", str(out)).exit_code == 0
    svg = out.read_text(encoding="utf-8")
    assert "soutient" in svg and "État" in svg
    assert "supports" not in svg


def test_actors_filters(example_graph: Path) -> None:
    def actors(*options: str) -> set[str]:
        result = run("view", "actors", str(example_graph), "--format", "json", *options)
        assert result.exit_code == 0, result.stderr
        return {n["label"] for n in json.loads(result.stdout)["nodes"]}

    everyone = actors()
    assert actors("--top", "2") == {"Ukraine", "Norvège"}
    assert actors("--kind", "person") == {n for n in everyone if n in {"Vladimir Poutine", "Volodymyr Zelensky",
                                                                       "Dmitri Peskov"}}
    assert actors("--min-facts", "3") < everyone


# 11. what is loading
def _build_on_a_terminal(*args: str) -> str:
    """What `kg build ARGS` writes on a terminal's stderr."""
    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "kg.cli", "build", *args]
    process = subprocess.run(command, stderr=follower, stdout=subprocess.PIPE, env=env, timeout=300, check=False)
    os.close(follower)
    said = os.read(leader, 4096).decode("utf-8")
    os.close(leader)
    assert process.returncode == 0, said
    return said


def test_build_says_what_is_loading_on_a_terminal(tmp_path: Path) -> None:
    said = _build_on_a_terminal(str(DATA / "suede-cv90.txt"), "-o", str(tmp_path / "g.ttl"))
    assert said.startswith("kg: loading the French model…")


def test_a_store_rebuild_with_nothing_to_analyse_loads_no_model(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    assert run("build", str(DATA / "suede-cv90.txt"), "--store", store, "-q").exit_code == 0
    said = _build_on_a_terminal(str(DATA / "suede-cv90.txt"), "--store", store)
    assert "loading" not in said and "1 unchanged" in said


# 12. networkx's PageRank
def test_central_pagerank_is_networkx_pagerank(sample_graph: Path) -> None:
    result = run("view", "central", str(sample_graph), "--format", "json", "--top", "50")
    assert result.exit_code == 0, result.stderr
    expected = nx.pagerank(projection(actor_network(load_graph(str(sample_graph)))), weight="weight")
    assert {s["id"]: s["pagerank"] for s in json.loads(result.stdout)} == pytest.approx(expected, abs=1e-6)


def test_one_definition_of_a_fact_and_amounts_as_exact_numbers(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Prêt\nLe Danemark accorde un prêt de 4,2 milliards de couronnes danoises à la Moldavie. "
                       "Les deux pays ont négocié lundi à Copenhague.\n", encoding="utf-8")
    graph = tmp_path / "g.ttl"
    built = run("build", str(article), "-o", str(graph), "--published", "2025-03-10")
    facts = int(built.stderr.split(" fact")[0].rsplit(", ", 1)[1])
    stats = json.loads(run("stats", str(graph), "--format", "json").stdout)
    assert stats["facts"] == facts  # venue claims are parts of their talks, not facts
    table = run("query", str(QUERIES / "financing.rq"), str(graph)).stdout
    assert "4 200 000 000" in table and "4200000000.0" not in table
    csv_text = run("query", str(QUERIES / "financing.rq"), str(graph), "--format", "csv").stdout
    assert ",4200000000," in csv_text


def test_evidence_is_the_exact_text_at_its_span(tmp_path: Path) -> None:
    quote = "\u2019"  # the typographic apostrophe the parser sees as a plain one
    text = f"Titre\nL{quote}Espagne a livré des obusiers à l{quote}Ukraine, a annoncé Madrid.\n"
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    graph = tmp_path / "g.ttl"
    assert run("build", str(article), "-o", str(graph)).exit_code == 0
    from kg.namespaces import KG

    parsed = Graph().parse(graph)
    spans = [(str(parsed.value(e, KG.sentence)), int(parsed.value(e, KG.charStart)),
              int(parsed.value(e, KG.charEnd))) for e in parsed.subjects(KG.sentence, None)]
    assert spans and all(text.strip()[start:end] == sentence for sentence, start, end in spans)
    assert any(quote in sentence for sentence, _, _ in spans)


def test_the_same_article_given_twice_is_one_article(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Titre\nLe Chili a livré des obusiers au Pérou.\n", encoding="utf-8")
    copy = tmp_path / "copie.txt"
    copy.write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    graph = tmp_path / "g.ttl"
    result = run("build", str(article), str(article), str(copy), "-o", str(graph))
    assert result.exit_code == 0, result.stderr
    assert "kg: 1 article, 1 fact" in result.stderr
