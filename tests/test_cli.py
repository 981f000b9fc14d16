"""The CLI contract: exit codes, output formats, validation, export, and start-up without spaCy."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from tests.conftest import QUERIES, run


def test_validate_conforms(sample_graph: Path) -> None:
    result = run("validate", str(sample_graph))
    assert result.exit_code == 0, result.stdout
    assert "conforms" in result.stdout


def test_validate_reports_node_rule_and_sentence(sample_graph: Path, tmp_path: Path) -> None:
    graph = Graph().parse(sample_graph)
    kg = "https://w3id.org/kg-news/ontology#"
    broken = next(s for s in graph.subjects(URIRef(kg + "modality"), Literal("reported")))
    graph.set((broken, URIRef(kg + "modality"), Literal("rumoured")))
    bad = tmp_path / "bad.ttl"
    graph.serialize(bad, format="turtle")
    result = run("validate", str(bad))
    assert result.exit_code == 1
    short = str(broken).rsplit("/", 1)[-1]
    assert f"kgr:{short}: kg:modality" in result.stdout
    assert "sentence: «" in result.stdout


def test_validate_flags_amount_without_currency(sample_graph: Path, tmp_path: Path) -> None:
    graph = Graph().parse(sample_graph)
    currency = URIRef("https://schema.org/currency")
    for amount, code in list(graph.subject_objects(currency)):
        graph.set((amount, currency, Literal(str(code).lower() + "x")))
    bad = tmp_path / "bad.ttl"
    graph.serialize(bad, format="turtle")
    result = run("validate", str(bad), "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert not report["conforms"]
    assert any("ISO 4217" in v["message"] for v in report["violations"])


def test_a_state_is_a_valid_venue_and_a_weapon_is_none(tmp_path: Path) -> None:
    text = tmp_path / "visit.txt"
    text.write_text("Visite\n\nLe ministre indien de la Défense, en visite en Géorgie, s'est entretenu avec son "
                    "homologue géorgien.\n", encoding="utf-8")
    graph_file = tmp_path / "visit.ttl"
    assert run("build", str(text), "-o", str(graph_file)).exit_code == 0
    assert run("validate", str(graph_file)).exit_code == 0  # the state visited, a place, is the venue
    graph = Graph().parse(graph_file)
    place = URIRef("https://w3id.org/kg-news/ontology#place")
    for venue, _state in list(graph.subject_objects(place)):
        graph.set((venue, place, URIRef("https://w3id.org/kg-news/id/weapon-rafale")))
    bad = tmp_path / "bad.ttl"
    graph.serialize(bad, format="turtle")
    result = run("validate", str(bad))
    assert result.exit_code == 1
    assert "kg:place" in result.stdout


def test_query_formats(sample_graph: Path) -> None:
    query = str(QUERIES / "states.rq")
    as_json = json.loads(run("query", query, str(sample_graph), "--format", "json").stdout)
    labels = {b["stateLabel"]["value"] for b in as_json["results"]["bindings"]}
    assert as_json["head"]["vars"][:2] == ["state", "stateLabel"]
    assert all(b["stateLabel"]["xml:lang"] == "fr" for b in as_json["results"]["bindings"])
    as_csv = list(csv.DictReader(io.StringIO(run("query", query, str(sample_graph), "--format", "csv").stdout)))
    assert {r["stateLabel"] for r in as_csv} == labels
    as_tsv = run("query", query, str(sample_graph), "--format", "tsv").stdout.splitlines()
    assert as_tsv[0].split("\t")[:2] == ["?state", "?stateLabel"]
    assert len(as_tsv) == len(labels) + 1
    table = run("query", query, str(sample_graph)).stdout
    assert f"({len(labels)} rows)" in table
    markdown = run("query", query, str(sample_graph), "--format", "markdown").stdout
    assert markdown.startswith("| state | stateLabel")


@pytest.mark.parametrize(("fmt", "suffix"), [("turtle", "ttl"), ("nt", "nt"), ("nquads", "nq"), ("trig", "trig"),
                                              ("jsonld", "jsonld")])
def test_export_round_trips(sample_graph: Path, tmp_path: Path, fmt: str, suffix: str) -> None:
    out = tmp_path / f"graph.{suffix}"
    result = run("export", str(sample_graph), "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    back = tmp_path / "back.ttl"
    assert run("export", str(out), "--format", "turtle", "-o", str(back)).exit_code == 0
    assert isomorphic(Graph().parse(back), Graph().parse(sample_graph))


def test_query_and_validate_do_not_import_spacy(sample_graph: Path) -> None:
    code = ("import sys\nfrom kg.cli import cli\n"
            "for args in (['query', sys.argv[1], sys.argv[2], '--format', 'json'], ['validate', sys.argv[2]]):\n"
            "    try:\n        cli.main(args)\n    except SystemExit:\n        pass\n"
            "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY', file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code, str(QUERIES / "people.rq"), str(sample_graph)],
                          capture_output=True, text=True, check=True)
    assert done.stderr.strip().endswith("NO-SPACY")


def test_build_reads_stdin(tmp_path: Path) -> None:
    out = tmp_path / "stdin.ttl"
    text = "Titre\nLa Norvège livre des obus à l'Ukraine.\n"
    result = run("build", "-", "-o", str(out), stdin=text)
    assert result.exit_code == 0, result.stderr
    assert "Norv" in out.read_text(encoding="utf-8")


def test_version_and_help() -> None:
    assert run("--version").exit_code == 0
    result = run("--help")
    assert result.exit_code == 0
    for verb in ("build", "validate", "query", "export"):
        assert verb in result.stdout


def test_turtle_parses_in_an_independent_parser(sample_graph: Path) -> None:
    """Oxigraph's strict Turtle parser reads what kg writes, with the same number of triples as rdflib."""
    import pyoxigraph

    triples = list(pyoxigraph.parse(path=str(sample_graph), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(Graph().parse(sample_graph))
