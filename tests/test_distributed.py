"""A corpus built on a Dask cluster (a LocalCluster in this process) pushes each article's named graph to a real
SPARQL server (`oxigraph serve`), through the Python API and through `kg build --dask ADDRESS --endpoint URL`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from kg.distributed import build_on_dask
from kg.remote import remote_query
from tests.conftest import run

ARTICLES = {
    "a.txt": "Livraison\nLa Norvège a livré des obusiers à l'Ukraine, a annoncé Oslo lundi.\n",
    "b.txt": "Contrat\nLe Pérou a signé un contrat de 3 milliards de dollars avec le Brésil.\n",
    "c.txt": "Pourparlers\nLa Serbie et le Kosovo ont négocié mardi à Bruxelles.\n",
}
_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """One worker thread in this process: the model the other tests loaded is reused."""
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as connected:
        yield connected


def _graphs(server: str) -> dict[str, int]:
    rows = remote_query(server + "/query", _PER_GRAPH)["results"]["bindings"]
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def test_each_task_pushes_its_articles_graphs(tmp_path: Path, server: str, client: Client) -> None:
    corpus = _corpus(tmp_path / "corpus")
    (corpus / "empty.txt").write_text("\n", encoding="utf-8")
    report = build_on_dask([str(corpus)], server + "/store", client, published=None, batch=2)
    assert report.articles == 3 and report.facts >= 3
    assert len(report.failed) == 1 and "empty.txt" in report.failed[0]  # skipped and listed, not a stop
    graphs = _graphs(server)
    assert len(graphs) == 3 and all(n > 5 for n in graphs.values())
    amounts = remote_query(server + "/query", (Path(__file__).parent.parent / "queries" / "agreements.rq")
                           .read_text(encoding="utf-8"))["results"]["bindings"]
    assert {float(b["amount"]["value"]) for b in amounts if "amount" in b} == {3e9}
    labels = "ASK { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> \"Norvège\"@fr }"
    assert remote_query(server + "/query", labels)["boolean"] is True  # the reference data, in the default graph
    again = build_on_dask([str(corpus / "a.txt"), str(corpus / "b.txt")], server + "/store", client)
    assert again.articles == 2 and _graphs(server) == graphs  # PUT replaces: a second run duplicates nothing


def test_the_cli_builds_on_a_scheduler(tmp_path: Path, server: str, client: Client) -> None:
    address = client.scheduler.address
    built = run("build", str(_corpus(tmp_path / "corpus")), "--dask", address, "--endpoint", server + "/store")
    assert built.exit_code == 0, built.stderr or built.exception
    assert "3 articles" in built.stderr
    assert len(_graphs(server)) == 3


def test_dask_needs_an_endpoint_and_no_other_destination(tmp_path: Path) -> None:
    corpus = str(_corpus(tmp_path / "corpus"))
    for args in (["--dask", "local"], ["--endpoint", "http://127.0.0.1:9/store"],
                 ["--dask", "local", "--endpoint", "http://127.0.0.1:9/store", "-o", str(tmp_path / "g.ttl")]):
        refused = run("build", corpus, *args)
        assert refused.exit_code == 2 and "--dask and --endpoint go together" in refused.stderr
        assert "Traceback" not in refused.stderr
