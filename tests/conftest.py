"""Shared helpers: run the CLI in-process (the spaCy model loads once per test session); a real SPARQL server
(`oxigraph serve`, PyPI package `oxigraph`) on a free port for the remote and distributed tests."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from click.testing import CliRunner, Result

from kg.cli import cli
from kg.pipeline import analyse_text
from kg.records import Entity, Fact

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
QUERIES = ROOT / "queries"
ROLE = "https://w3id.org/kg-news/id/role-"


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin)


def write_articles(folder: Path, texts: dict[str, str]) -> Path:
    """`folder` with one file per name -> text (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def rows(graph: Path, query: str, *params: str) -> list[dict[str, str]]:
    """Run a query file of queries/ through the CLI and return its rows as {variable: value}."""
    extra = [arg for p in params for arg in ("--param", p)]
    result = run("query", str(QUERIES / f"{query}.rq"), str(graph), "--format", "json", *extra)
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


@pytest.fixture(scope="session")
def sample_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph of tests/data/suede-cv90.txt, an article written for these tests."""
    out = tmp_path_factory.mktemp("graph") / "sample.ttl"
    result = run("build", str(DATA / "suede-cv90.txt"), "-o", str(out), "--published", "2025-02-20")
    assert result.exit_code == 0, result.stderr
    return out


def build_text(tmp_path: Path, text: str, published: str = "2025-03-10") -> Path:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "graph.ttl"
    result = run("build", str(article), "-o", str(out), "--published", published)
    assert result.exit_code == 0, result.stderr
    return out


def weapon_systems(sentence: str, published: dt.date | None = None) -> dict[str, Entity]:
    """The weapon systems an article of one sentence (under a stand-in title) names, by label."""
    found = analyse_text(f"Titre\n{sentence}", published=published).mentions.values()
    return {e.label: e for e in found if e.cls == "WeaponSystem"}


STATE = "https://w3id.org/kg-news/id/state-"


def state_codes(text: str) -> set[str]:
    """The alpha-3 codes of the states a text (under a stand-in headline) names."""
    found = analyse_text("Titre\n" + text)
    return {e.iri.removeprefix(STATE) for e in found.mentions.values() if e.iri and e.iri.startswith(STATE)}


def sides_and_venues(talks: list[Fact]) -> list[tuple[set[str], set[str]]]:
    """Each negotiation's participants and the places its parts were held in, by label."""
    return [({e.label for e in f.get("participant")}, {e.label for part in f.parts for e in part.get("place")})
            for f in talks]


def negotiation_sides(text: str, published: dt.date | None = None) -> list[set[str]]:
    """The sides of each negotiation kg reads in a text (its first line the headline), whatever its modality."""
    return [{e.label for e in f.get("participant")} for f in analyse_text(text, published=published).facts
            if f.kind == "negotiation"]


def talks_told(text: str, published: Any) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The sides and venues of each negotiation a text (after a headline) asserts or reports, in a sorted list."""
    talks = [f for f in analyse_text(f"Titre\n{text}", published=published).facts if f.kind == "negotiation"
             and f.modality.value in {"asserted", "reported"}]
    return sorted((frozenset(s), frozenset(v)) for s, v in sides_and_venues(talks))


def parties_and_places(text: str, kind: str = "negotiation", headline: str | None = "Titre",
                       published: dt.date = dt.date(2025, 6, 2)) -> list[tuple[set[str], set[str]]]:
    """Every fact of one kind a text tells, whatever its modality: the labels of everyone in its roles and the
    places its parts were held in (the text under a stand-in headline, or with its own when headline is None)."""
    found = analyse_text(text if headline is None else f"{headline}\n{text}", published=published)
    return [({e.label for _, e in f.roles}, {e.label for p in f.parts for e in p.get("place")})
            for f in found.facts if f.kind == kind]


def talks_each(*talks: tuple[set[str], set[str]]) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Expected (sides, venues) pairs in the order talks_told gives them."""
    return sorted((frozenset(s), frozenset(v)) for s, v in talks)


class Post(NamedTuple):
    """A post fact as tests read it."""

    holder: str
    iri: str | None  # the post's IRI (a reference post's or a minted one)
    words: str | None  # the post in the article's own words, when the reference has no such post
    form: str | None  # the post as written
    org: str | None  # label of the state or body the post serves
    told: bool  # asserted or reported, not merely possible or denied

    @property
    def tail(self) -> str:
        """The post's IRI after the role prefix (« minister-of-defence »)."""
        return (self.iri or "").removeprefix(ROLE)


def posts_told(text: str, headline: str | None = "Titre") -> list[Post]:
    """Every post fact of a text, under a stand-in headline unless `headline` is None (the text has its own)."""
    found = analyse_text(text if headline is None else f"{headline}\n{text}")
    return [Post(f.first("holder").label, f.attr("post"), f.attr("post_label"), f.attr("post_form"),
                 org.label if (org := f.first("org")) else None, f.modality.value in {"asserted", "reported"})
            for f in found.facts if f.kind == "post"]


def deals_told(text: str, published: dt.date = dt.date(2025, 6, 2), facts_only: bool = False) -> list[frozenset[str]]:
    """The parties (labels) of every agreement fact of a text, under a stand-in headline (with facts_only, only the
    asserted or reported ones)."""
    found = analyse_text(f"Titre\n{text}", published).facts
    return [frozenset(e.label for _, e in f.roles) for f in found if f.kind == "agreement" and
            (not facts_only or f.modality.value in {"asserted", "reported"})]


def deal_parties(text: str, published: dt.date = dt.date(2025, 6, 2)) -> list[frozenset[str]]:
    """The parties (labels) of every asserted or reported agreement of a text given with its own headline."""
    found = analyse_text(text, published).facts
    return [frozenset(e.label for r, e in f.roles if r == "party") for f in found if f.kind == "agreement" and
            f.modality.value in {"asserted", "reported"}]


def post_states(text: str) -> dict[str, str | None]:
    """Holder -> the label of the state or body their post serves (None without one)."""
    return {p.holder: p.org for p in posts_told(text)}


def posts(text: str) -> set[tuple[str, str, str | None]]:
    """(holder, post IRI tail, state or body label) of every post fact of a text."""
    return {(p.holder, p.tail, p.org) for p in posts_told(text)}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).is_file():
        pytest.fail("the `oxigraph` server is missing: pip install -e '.[dev]'")
    return found


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """An Oxigraph server on 127.0.0.1 with an empty store; yields its base URL; stopped after the test."""
    port = free_port()
    process = subprocess.Popen([_oxigraph(), "serve", "--location", str(tmp_path / "server"),
                                "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    assert process.stderr is not None
                    pytest.fail(f"oxigraph serve did not start: {process.stderr.read().decode()[-300:]}")
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        assert process.stderr is not None
        process.stderr.close()
