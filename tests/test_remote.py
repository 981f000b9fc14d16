"""Push and query against a real SPARQL server: `oxigraph serve` (PyPI package `oxigraph`) on a free port."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDFS

from kg.oxigraph_store import open_store
from kg.remote import RemoteError, auth_headers, push, remote_query, remote_result
from tests.conftest import free_port


def _corpus() -> Dataset:
    dataset = Dataset()
    ukraine = URIRef("https://w3id.org/kg-news/id/state-UKR")
    dataset.default_graph.add((ukraine, RDFS.label, Literal("Ukraine", lang="fr")))
    for n in range(3):
        graph = dataset.graph(URIRef(f"https://w3id.org/kg-news/id/article-{n}"))
        for i in range(n + 2):
            graph.add((URIRef(f"urn:fact-{n}-{i}"), RDFS.label, Literal(f"fait {i} « {n} »", lang="fr")))
    return dataset


_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def _counts(base: str) -> dict[str, int]:
    rows = remote_query(base + "/query", _PER_GRAPH)["results"]["bindings"]
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def test_push_keeps_named_graphs_and_query_reads_them_back(server: str) -> None:
    assert push(_corpus(), server + "/store") == 4
    assert _counts(server) == {f"https://w3id.org/kg-news/id/article-{n}": n + 2 for n in range(3)}
    only_default = "SELECT ?label WHERE { ?s ?p ?label FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?label } } }"
    default = remote_query(server + "/query", only_default)["results"]["bindings"]
    assert default == [{"label": {"type": "literal", "value": "Ukraine", "xml:lang": "fr"}}]
    assert push(_corpus(), server + "/store") == 4  # PUT replaces: pushing twice duplicates nothing
    assert sum(_counts(server).values()) == 2 + 3 + 4
    result = remote_result(server + "/query", "ASK { GRAPH ?g { ?s ?p \"fait 0 « 2 »\"@fr } }")
    assert result.askAnswer is True


def test_push_from_a_store_sends_its_articles_not_its_index(server: str, tmp_path: Path) -> None:
    corpus = _corpus()
    with open_store(str(tmp_path / "store")) as store:
        for graph in corpus.graphs():
            if graph.identifier != corpus.default_graph.identifier:
                store.replace_article(str(graph.identifier), "h", graph, reference=corpus.default_graph)
        assert push(store, server + "/store") == 4
    counts = _counts(server)
    assert counts == {f"https://w3id.org/kg-news/id/article-{n}": n + 2 for n in range(3)}


def test_a_down_endpoint_is_one_clear_line() -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(RemoteError, match=r"cannot reach the endpoint \(Connection refused\)"):
        push(_corpus(), closed + "/store", timeout=2)
    with pytest.raises(RemoteError, match="cannot reach the endpoint"):
        remote_query(closed + "/query", "ASK {}", timeout=2)
    with pytest.raises(RemoteError, match="not an http"):
        remote_query("file:///etc/passwd", "ASK {}")


class _Guarded(http.server.BaseHTTPRequestHandler):
    """Answers 401 unless the bearer token is right, and never answers /slow in time."""

    def do_POST(self) -> None:
        if self.path == "/slow":
            time.sleep(3)
        ok = self.headers.get("Authorization") == "Bearer s3cret"
        self.send_response(200 if ok else 401)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        self.wfile.write(b'{"head": {}, "boolean": true}' if ok else b"")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def guarded() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Guarded)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_credentials_come_from_the_environment(guarded: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("KG_ENDPOINT_TOKEN", "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(RemoteError, match=r"refused the query: HTTP 401 Unauthorized \(check KG_ENDPOINT_TOKEN"):
        remote_query(guarded + "/sparql", "ASK {}")
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", "s3cret")
    assert remote_query(guarded + "/sparql", "ASK {}") == {"head": {}, "boolean": True}
    with pytest.raises(RemoteError, match=r"no answer within 0.5 s"):
        remote_query(guarded + "/slow", "ASK {}", timeout=0.5)
    assert auth_headers({"KG_ENDPOINT_USER": "ana", "KG_ENDPOINT_PASSWORD": "pw"}) == {
        "Authorization": "Basic YW5hOnB3"}
    assert auth_headers({}) == {}
    with pytest.raises(RemoteError, match="set both"):
        auth_headers({"KG_ENDPOINT_USER": "ana"})
