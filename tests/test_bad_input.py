"""Bad input, for every verb: one line on stderr naming the file and the problem, exit 2, no traceback, and no
output file appears (or the existing one is left as it was). The README's troubleshooting table lists these."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import DATA, QUERIES, run

ARTICLE = str(DATA / "suede-cv90.txt")
BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="urn:x">
<rdf:value>&lol3;</rdf:value></rdf:Description></rdf:RDF>"""


def write(path: Path, data: str | bytes) -> str:
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return str(path)


# (name, files to create {name: content}, argv with {tmp} and {graph} placeholders, expected words in the message)
CASES: list[tuple[str, dict[str, str | bytes], list[str], str]] = [
    ("build: missing article", {}, ["build", "{tmp}/nope.txt", "-o", "{out}"], "no such file"),
    ("build: empty article", {"a.txt": ""}, ["build", "{tmp}/a.txt", "-o", "{out}"], "empty"),
    ("build: blank article", {"a.txt": "  \n\n \t\n"}, ["build", "{tmp}/a.txt", "-o", "{out}"], "empty"),
    ("build: binary article", {"a.txt": b"\x00\x01\x02PK\x03\x04"}, ["build", "{tmp}/a.txt", "-o", "{out}"], "binary"),
    ("build: folder without articles", {"d/x.csv": "a,b"}, ["build", "{tmp}/d", "-o", "{out}"], "no article"),
    ("build: unknown option", {}, ["build", ARTICLE, "-o", "{out}", "--colour"], "no such option"),
    ("build: no output given", {}, ["build", ARTICLE], "give -o OUT or --store DIR"),
    ("build: output folder missing", {}, ["build", ARTICLE, "-o", "{tmp}/no/such/dir/g.ttl"], "does not exist"),
    ("build: output under a file", {"f.txt": "x"}, ["build", ARTICLE, "-o", "{tmp}/f.txt/g.ttl"], "does not exist"),
    ("build: unknown output type", {}, ["build", ARTICLE, "-o", "{tmp}/g.docx"], "unknown RDF file type"),
    ("build: bad --published", {}, ["build", ARTICLE, "-o", "{out}", "--published", "17/02/2025"], "YYYY-MM-DD"),
    ("build: article over --max-bytes", {}, ["build", ARTICLE, "-o", "{out}", "--max-bytes", "10"], "larger than"),
    ("build: article is a folder given as file", {"d/": ""}, ["build", "{tmp}/d", "-o", "{out}"], "no article"),
    ("validate: missing graph", {}, ["validate", "{tmp}/nope.ttl"], "no such file"),
    ("validate: malformed Turtle", {"g.ttl": "<a> <b> ."}, ["validate", "{tmp}/g.ttl"], "not valid turtle"),
    ("validate: empty graph file", {"g.ttl": ""}, ["validate", "{tmp}/g.ttl"], "empty"),
    ("validate: binary graph", {"g.ttl": b"\x00\xff\x00"}, ["validate", "{tmp}/g.ttl"], "binary"),
    ("validate: unknown graph type", {"g.xyz": "x"}, ["validate", "{tmp}/g.xyz"], "unknown RDF file type"),
    ("validate: RDF/XML with entities (billion laughs)", {"g.rdf": BILLION_LAUGHS}, ["validate", "{tmp}/g.rdf"],
     "refused"),
    ("export: JSON-LD with a remote context", {"g.jsonld": '{"@context": "http://example.org/ctx", "@id": "x"}'},
     ["export", "{tmp}/g.jsonld", "--format", "turtle", "-o", "{out}"], "remote @context"),
    ("export: malformed JSON-LD", {"g.jsonld": "{not json"}, ["export", "{tmp}/g.jsonld", "--format", "nt", "-o",
                                                              "{out}"], "not valid json-ld"),
    ("export: unknown format", {}, ["export", "{graph}", "--format", "docx", "-o", "{out}"], "Invalid value"),
    ("query: missing query file", {}, ["query", "{tmp}/nope.rq", "{graph}"], "no such query file"),
    ("query: empty query file", {"q.rq": ""}, ["query", "{tmp}/q.rq", "{graph}"], "empty"),
    ("query: malformed SPARQL", {"q.rq": "SELEC ?x WHERE { ?x ?y }"}, ["query", "{tmp}/q.rq", "{graph}"],
     "malformed SPARQL"),
    ("query: SPARQL Update refused", {"q.rq": "DELETE WHERE { ?s ?p ?o }"}, ["query", "{tmp}/q.rq", "{graph}"],
     "read-only"),
    ("query: LOAD refused", {"q.rq": "LOAD <http://example.org/data.ttl>"}, ["query", "{tmp}/q.rq", "{graph}"],
     "read-only"),
    ("query: SERVICE refused", {"q.rq": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"},
     ["query", "{tmp}/q.rq", "{graph}"], "SERVICE"),
    ("query: bad --param", {}, ["query", str(QUERIES / "states.rq"), "{graph}", "--param", "novalue"], "NAME=VALUE"),
    ("query: non-UTF-8 query file", {"q.rq": "SELECT ?é WHERE {}".encode("latin-1")},
     ["query", "{tmp}/q.rq", "{graph}"], "not UTF-8"),
    ("query: unknown format", {}, ["query", str(QUERIES / "states.rq"), "{graph}", "--format", "xls"],
     "Invalid value"),
    ("stats: malformed N-Triples", {"g.nt": "<a> <b> <c>"}, ["stats", "{tmp}/g.nt"], "not valid nt"),
]


@pytest.mark.parametrize(("name", "files", "argv", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_input(tmp_path: Path, sample_graph: Path, name: str, files: dict[str, str | bytes], argv: list[str],
                   message: str) -> None:
    for relative, content in files.items():
        target = tmp_path / relative
        if relative.endswith("/"):
            target.mkdir(parents=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        write(target, content)
    out = tmp_path / "out.ttl"
    out.write_text("previous output\n", encoding="utf-8")
    args = [a.format(tmp=tmp_path, out=out, graph=sample_graph) for a in argv]
    result = run(*args)
    assert result.exit_code == 2, (name, result.stdout, result.stderr)
    assert message.lower() in result.stderr.lower(), result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2
    assert out.read_text(encoding="utf-8") == "previous output\n"
    leftovers = [p.name for p in tmp_path.rglob(".*.tmp")]
    assert leftovers == []


def test_non_utf8_article_is_read_with_a_warning(tmp_path: Path) -> None:
    article = write(tmp_path / "latin.txt", "Défense\nLa Norvège livre des obus à l'Ukraine.\n".encode("cp1252"))
    result = run("build", article, "-o", str(tmp_path / "g.ttl"))
    assert result.exit_code == 0
    assert "not UTF-8, decoded as Windows-1252" in result.stderr


def test_html_article_is_read_as_text(tmp_path: Path) -> None:
    page = ("<html><head><title>Livraison</title><script>var x = 'Russie';</script></head><body>"
            "<h1>La Norvège aide Kiev</h1><p>La Norvège a livré des obus à l'Ukraine.</p></body></html>")
    article = write(tmp_path / "page.html", page)
    out = tmp_path / "g.ttl"
    assert run("build", article, "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "state-NOR" in text
    assert "state-RUS" not in text  # script content is not article text


def test_query_timeout_stops_a_runaway_query(sample_graph: Path, tmp_path: Path) -> None:
    heavy = write(tmp_path / "heavy.rq", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    code = ("import sys\nfrom kg.cli import main\n"
            "sys.argv = ['kg', 'query', sys.argv[1], sys.argv[2], '--timeout', '0.5']\nmain()\n")
    done = subprocess.run([sys.executable, "-c", code, heavy, str(sample_graph)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2
    assert "stopped after 0.5 s" in done.stderr


def test_killed_build_leaves_old_output_intact(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    out.write_text("old graph\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", ARTICLE, "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)  # mid-run: the model is loading or the article is being analysed
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=120)
    assert out.read_text(encoding="utf-8") == "old graph\n"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_a_failing_article_does_not_stop_the_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An article whose analysis fails is reported and skipped; the others are written; exit code 3."""
    import kg.extract

    real = kg.extract.extract_article

    def fragile(article, docs, gaz):  # type: ignore[no-untyped-def]
        if "PANNE" in article.title:
            raise RuntimeError("simulated analyser fault")
        return real(article, docs, gaz)

    monkeypatch.setattr(kg.extract, "extract_article", fragile)
    bad = write(tmp_path / "bad.txt", "PANNE\nLa Norvège livre des obus à l'Ukraine.\n")
    out = tmp_path / "g.ttl"
    result = run("build", ARTICLE, bad, "-o", str(out))
    assert result.exit_code == 3
    assert "bad.txt: analysis failed (RuntimeError: simulated analyser fault)" in result.stderr
    assert "Traceback" not in result.stderr
    assert "state-SWE" in out.read_text(encoding="utf-8")  # the good article is in the graph


def test_full_disk_leaves_the_old_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that fails (here: the disk is full at fsync) exits 2, names the file, leaves the old one."""
    import errno
    import os

    out = tmp_path / "g.ttl"
    out.write_text("old graph\n", encoding="utf-8")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = run("build", ARTICLE, "-o", str(out))
    assert result.exit_code == 2
    assert f"{out}: cannot write (No space left on device)" in result.stderr
    assert out.read_text(encoding="utf-8") == "old graph\n"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]
