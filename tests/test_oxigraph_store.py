"""The on-disk corpus store: incremental by content hash, one transaction per article, survives a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import warnings
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef, Variable
from rdflib.namespace import RDFS

from kg.errors import KgError, QueryError
from kg.oxigraph_store import CorpusStore, StoreError, content_hash, open_store
from tests.conftest import ROOT, run

HELDOUT = ROOT / "tests" / "heldout"
ARTICLES = ("h01-caire-gaza-dome-de-fer", "h03-taiwan-himars", "h05-tokyo-manille-radars")
Triples = set[tuple[object, object, object]]


def _parse(path: Path) -> Dataset:
    dataset = Dataset()
    with warnings.catch_warnings():  # rdflib's N-Quads parser uses its own deprecated Dataset API
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset.parse(path, format="nquads")
    return dataset


def _article_graph(dataset: Dataset) -> Graph:
    (graph,) = [g for g in dataset.graphs() if g.identifier != dataset.default_graph.identifier]
    return graph


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, Dataset]]:
    """Three heldout articles and a changed third one, each built by `kg build` alone: name -> (text, graph)."""
    folder = tmp_path_factory.mktemp("corpus")
    texts = {name: (HELDOUT / f"{name}.txt").read_text(encoding="utf-8") for name in ARTICLES}
    texts["changed"] = texts[ARTICLES[2]] + "\nLe Japon a livré des radars aux Philippines.\n"
    built = {}
    for name, text in texts.items():
        article, out = folder / f"{name}.txt", folder / f"{name}.nq"
        article.write_text(text, encoding="utf-8")
        result = run("build", str(article), "-o", str(out), "--published", "2025-03-10")
        assert result.exit_code == 0, result.stderr
        built[name] = (text, _parse(out))
    return built


def _store_build(store: CorpusStore, articles: dict[str, tuple[str, Dataset]]) -> list[str]:
    """What `kg build --store` does per article: skip a known hash, else replace; returns the sources written."""
    known = store.known_articles()
    written = []
    for source, (text, dataset) in articles.items():
        digest = content_hash(text, "2025-03-10")
        if source in known and known[source].content_hash == digest:
            continue
        store.replace_article(source, digest, _article_graph(dataset), reference=dataset.default_graph)
        written.append(source)
    return written


def _graphs(store: CorpusStore) -> dict[str, Triples]:
    """Every graph of the store (default graph under "") as sets of rdflib triples."""
    dataset = store.dataset()
    return {str(g.identifier) if g.identifier != dataset.default_graph.identifier else "": set(g)
            for g in dataset.graphs()}


def test_rebuild_replaces_only_the_changed_article(corpus: dict[str, tuple[str, Dataset]], tmp_path: Path) -> None:
    first = {name: corpus[name] for name in ARTICLES}
    with open_store(str(tmp_path / "store")) as store:
        assert _store_build(store, first) == list(ARTICLES)
        before = _graphs(store)
        assert _store_build(store, first) == []  # all hashes known: nothing written
        assert _graphs(store) == before
        second = {**first, ARTICLES[2]: corpus["changed"]}
        assert _store_build(store, second) == [ARTICLES[2]]
        after = _graphs(store)
    old = str(_article_graph(corpus[ARTICLES[2]][1]).identifier)
    new_graph = _article_graph(corpus["changed"][1])
    assert old in before and old not in after
    assert after[str(new_graph.identifier)] == set(new_graph)
    unchanged = set(before) - {old}
    assert unchanged == set(after) - {str(new_graph.identifier)}
    for name in unchanged - {""}:
        assert after[name] == before[name], name
    assert after[""] >= before[""]  # reference data only grows


def test_prune_removes_only_the_dropped_article(corpus: dict[str, tuple[str, Dataset]], tmp_path: Path) -> None:
    with open_store(str(tmp_path / "store")) as store:
        _store_build(store, {name: corpus[name] for name in ARTICLES})
        before = _graphs(store)
        assert store.prune(ARTICLES[:2]) == [ARTICLES[2]]
        after = _graphs(store)
        assert set(store.known_articles()) == set(ARTICLES[:2])
        assert store.prune(ARTICLES[:2]) == []
    dropped = str(_article_graph(corpus[ARTICLES[2]][1]).identifier)
    assert after == {name: triples for name, triples in before.items() if name != dropped}


def test_two_sources_with_the_same_text_share_a_graph_until_both_go(
        corpus: dict[str, tuple[str, Dataset]], tmp_path: Path) -> None:
    text, dataset = corpus[ARTICLES[0]]
    graph = str(_article_graph(dataset).identifier)
    with open_store(str(tmp_path / "store")) as store:
        _store_build(store, {"a.txt": (text, dataset), "copy/a.txt": (text, dataset)})
        assert store.remove_article("a.txt")
        assert store.article_graphs() == [graph]
        assert store.remove_article("copy/a.txt")
        assert store.article_graphs() == []
        assert not store.remove_article("copy/a.txt")


def test_export_and_queries_match_the_file_build(corpus: dict[str, tuple[str, Dataset]], tmp_path: Path) -> None:
    with open_store(str(tmp_path / "store")) as store:
        _store_build(store, {name: corpus[name] for name in ARTICLES})
        store.export(str(tmp_path / "all.nq"))
        query = (ROOT / "queries" / "people.rq").read_text(encoding="utf-8")
        oxigraph = store.query(query)
        with warnings.catch_warnings():  # rdflib's SPARQL engine uses its own deprecated Dataset API
            warnings.simplefilter("ignore", DeprecationWarning)
            rdflib_rows = store.dataset().query(query)
            expected = {tuple(str(row.get(v, "")) for v in rdflib_rows.vars or []) for row in rdflib_rows.bindings}
        assert [str(v) for v in oxigraph.vars or []] == [str(v) for v in rdflib_rows.vars or []]
        rows = {tuple(str(row.get(v, "")) for v in oxigraph.vars or []) for row in oxigraph.bindings}
        assert rows == expected
        assert len(rows) > 3
        assert store.query("ASK { ?s ?p ?o }").askAnswer is True
        assert len(store) == len((tmp_path / "all.nq").read_text(encoding="utf-8").splitlines())
    exported = _parse(tmp_path / "all.nq")
    for name in ARTICLES:
        graph = _article_graph(corpus[name][1])
        assert set(exported.graph(graph.identifier)) == set(graph)
    assert "graph-store-index" not in (tmp_path / "all.nq").read_text(encoding="utf-8")


def test_query_refuses_service_updates_and_binds_params(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "store")) as store:
        store.replace_article("x", "h", [(URIRef("urn:a"), RDFS.label, Literal("Kyiv", lang="fr"))], graph_iri="urn:g")
        with pytest.raises(QueryError, match="SERVICE"):
            store.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
        with pytest.raises(QueryError, match="malformed or non-read-only"):
            store.query("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
        found = store.query("SELECT ?s ?label WHERE { ?s ?p ?label } # SERVICE in a comment", params={"s": "urn:a"})
        assert [(row[Variable("s")], row[Variable("label")]) for row in found.bindings] == [
            (URIRef("urn:a"), Literal("Kyiv", lang="fr"))]
        assert store.query("SELECT ?s WHERE { ?s ?p ?o }", params={"s": "urn:b"}).bindings == []
        # a parameter binds the query's patterns and FILTERs as rdflib's initBindings do, projected or not
        assert [row[Variable("label")] for row in store.query(
            "SELECT ?label WHERE { ?s ?p ?label }", params={"s": "urn:a"}).bindings] == [Literal("Kyiv", lang="fr")]
        by_name = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s WHERE { ?s rdfs:label ?o "
                   "FILTER(!BOUND(?name) || LCASE(STR(?o)) = LCASE(STR(?name))) }")
        assert len(store.query(by_name).bindings) == 1
        assert store.query(by_name, params={"name": "kiev"}).bindings == []
        assert len(store.query(by_name, params={"name": "KYIV"}).bindings) == 1
        assert store.query("ASK { ?s ?p ?o }", params={"s": "urn:b"}).askAnswer is False
        with pytest.raises(QueryError, match=r"no variable \?zz"):
            store.query("SELECT ?s WHERE { ?s ?p ?o }", params={"zz": "1"})


def test_content_hash_covers_text_and_context() -> None:
    assert content_hash("texte") == content_hash("texte")
    assert len({content_hash("texte"), content_hash("texte."), content_hash("texte", "2025-03-10")}) == 3


def test_open_errors_are_one_line(tmp_path: Path) -> None:
    file = tmp_path / "graph.ttl"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="not a folder"):
        open_store(str(file))
    with pytest.raises(StoreError, match="no store here"):
        open_store(str(tmp_path / "missing"), read_only=True)
    holder = subprocess.Popen([sys.executable, "-c", "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
                               "print('open', flush=True); sys.stdin.read()", str(tmp_path / "store")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(str(tmp_path / "store"))
        with open_store(str(tmp_path / "store"), read_only=True) as reader:  # a query while a build runs
            assert len(reader) == 0
    finally:
        holder.communicate("")
    assert issubclass(StoreError, KgError)


_WRITER = textwrap.dedent("""
    import sys
    from rdflib import Literal, URIRef
    from kg.oxigraph_store import open_store

    class Announcing:  # says when the transaction starts, so the kill lands inside it
        def __init__(self, store): self.store = store
        def __getattr__(self, name): return getattr(self.store, name)
        def update(self, text):
            print("updating", flush=True)
            self.store.update(text)
            print("committed", flush=True)

    store = open_store(sys.argv[1])
    store._store = Announcing(store._store)
    big = ((URIRef(f"urn:s{i}"), URIRef("urn:p"), Literal(f"valeur {i}")) for i in range(400_000))
    store.replace_article("a.txt", "new", big, graph_iri="urn:article-new")
""")


def test_a_killed_replace_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    folder = str(tmp_path / "store")
    old = [(URIRef("urn:s"), URIRef("urn:p"), Literal(f"ancienne {i}")) for i in range(50)]
    with open_store(folder) as store:
        store.replace_article("a.txt", "old", old, graph_iri="urn:article-old")
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, folder], stdout=subprocess.PIPE, text=True,
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert writer.stdout is not None and writer.stdout.readline() == "updating\n"
    time.sleep(0.3)
    assert writer.poll() is None, "the writer finished before it could be killed: make its graph larger"
    writer.send_signal(signal.SIGKILL)
    assert writer.wait() == -signal.SIGKILL
    writer.stdout.close()
    with open_store(folder) as store:
        assert store.article_graphs() == ["urn:article-old"]
        assert {a.content_hash for a in store.known_articles().values()} == {"old"}
        assert _graphs(store)["urn:article-old"] == set(old)
        assert len(store) == len(old)
        store.replace_article("a.txt", "new", old[:1], graph_iri="urn:article-new")  # still writable
        assert store.article_graphs() == ["urn:article-new"]
