"""`kg report`: the page opened in a real headless Chromium (no console error, no request leaving the page, the
network drawn, an actor's click filtering the facts), a 200-article report opening in under 2 s, a screenshot of
the example corpus's report; and the command's bad input and languages through CliRunner."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kg.graphfile import load_graph
from kg.views import actor_network
from tests.conftest import ROOT, run
from tests.report_corpus import HELDOUT, replicate

BASELINE_MS = 300  # the network library alone, on an idle machine
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium() -> str | None:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium from the system (never one playwright downloads), with an empty profile."""
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium found (apt-get install chromium; .ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev extras")
    with sync_api.sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=executable, args=CHROMIUM_FLAGS, headless=True,
            viewport={"width": 1400, "height": 1000})
        yield context
        context.close()


@dataclass
class Opened:
    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def open_report(browser: Any, path: Path) -> Opened:
    """Open `path`, recording console errors, page errors and every request the page makes."""
    opened = Opened(browser.new_page())
    opened.page.on("console", lambda m: opened.errors.append(m.text) if m.type in {"error", "warning"} else None)
    opened.page.on("pageerror", lambda e: opened.errors.append(str(e)))
    opened.page.on("request", lambda r: opened.requests.append(r.url))
    opened.page.goto(path.as_uri(), wait_until="load")
    return opened


@pytest.fixture(scope="module")
def example_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The example corpus as `make run` builds it, and its report."""
    folder = tmp_path_factory.mktemp("example")
    graph, page = folder / "graph.ttl", folder / "report.html"
    assert run("build", str(ROOT / "examples"), "-o", str(graph), "-q").exit_code == 0
    result = run("report", str(graph), "-o", str(page))
    assert result.exit_code == 0, result.stderr
    return graph, page


@pytest.fixture(scope="module")
def large_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("large")
    graph = replicate(200, folder / "graph.nt")
    page = folder / "report.html"
    result = run("report", str(graph), "-o", str(page))
    assert result.exit_code == 0, result.stderr
    return page


def page_data(html: str) -> dict[str, Any]:
    """The JSON block the page renders its facts table, timeline and network from."""
    block = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.DOTALL)
    assert block is not None
    return dict(json.loads(block.group(1)))


def drawn_nodes(page: Any) -> int:
    return int(page.evaluate("Object.keys(window.kgReport.network.getPositions()).length"))


def shown_rows(page: Any) -> list[str]:
    rows = page.eval_on_selector_all("#fact-table tbody tr:not([hidden])", "rows => rows.map(r => r.dataset.actors)")
    return list(rows)


# ------------------------------------------------------------------------------------------------ in the browser
def test_example_report_opens_offline_with_its_network_drawn(browser: Any, example_report: tuple[Path, Path]) -> None:
    graph, page = example_report
    opened = open_report(browser, page)
    assert opened.errors == []
    assert opened.requests == [page.as_uri()]
    actors = actor_network(load_graph(str(graph)), include_possible=True)
    assert drawn_nodes(opened.page) == actors.number_of_nodes() > 3
    assert opened.page.locator("#graph canvas").count() == 1
    opened.page.close()


def test_clicking_an_actor_filters_the_facts_table(browser: Any, example_report: tuple[Path, Path]) -> None:
    opened = open_report(browser, example_report[1])
    page = opened.page
    every = shown_rows(page)
    actor = page.evaluate("""() => {
        const nodes = window.kgReport.nodes.get();
        return nodes.reduce((a, b) => (b.value < a.value ? b : a)).id;
    }""")
    point = page.evaluate("id => window.kgReport.network.canvasToDOM(window.kgReport.network.getPosition(id))", actor)
    page.locator("#graph").scroll_into_view_if_needed()
    box = page.locator("#graph canvas").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    shown = shown_rows(page)
    assert 0 < len(shown) < len(every)
    assert all(actor in actors.split() for actors in shown)
    assert page.locator("#selected-actor").inner_text() != ""
    page.click("#show-all")
    assert len(shown_rows(page)) == len(every)
    assert opened.errors == []
    page.close()


def test_network_filters_hide_relations_by_kind_and_modality(browser: Any, example_report: tuple[Path, Path]) -> None:
    opened = open_report(browser, example_report[1])
    page = opened.page
    visible = "kind => window.kgReport.edges.get({filter: e => !e.hidden && (!kind || e.kind === kind)}).length"
    assert page.evaluate(visible, "post") > 0
    page.uncheck("#network-filters input[name=kind][value=post]")
    assert page.evaluate(visible, "post") == 0
    assert page.evaluate(visible, None) > 0
    page.uncheck("#network-filters input[name=modality][value=asserted]")
    page.uncheck("#network-filters input[name=modality][value=reported]")
    page.uncheck("#network-filters input[name=modality][value=possible]")
    assert page.evaluate(visible, None) == 0
    for modality in ("asserted", "reported", "possible"):
        page.check(f"#network-filters input[name=modality][value={modality}]")
    ungrouped = drawn_nodes(page)
    page.check("#network-filters input[name=group]")
    assert drawn_nodes(page) < ungrouped  # a community of three or more actors drawn as one node
    page.uncheck("#network-filters input[name=group]")
    assert drawn_nodes(page) == ungrouped
    assert opened.errors == []
    page.close()


def test_example_report_screenshot(browser: Any, example_report: tuple[Path, Path], tmp_path: Path) -> None:
    from PIL import Image

    opened = open_report(browser, example_report[1])
    shot = tmp_path / "report.png"
    opened.page.screenshot(path=str(shot), full_page=True)
    opened.page.close()
    assert shot.stat().st_size > 50_000
    with Image.open(shot) as image:
        assert image.width == 1400 and image.height > 1500
        box = opened_network_box(image)
        colours = image.crop(box).convert("RGB").getcolors(maxcolors=1 << 16)
    assert colours is None or len(colours) > 50  # the drawing, not a blank canvas


def opened_network_box(image: Any) -> tuple[int, int, int, int]:
    """Roughly where the network is drawn in the full-page screenshot (below the summary)."""
    return (40, 500, image.width - 40, min(image.height, 1300))


LOADED = """() => {
    const drawn = performance.getEntriesByName("kg-network-drawn");
    const load = performance.getEntriesByType("navigation")[0].loadEventEnd;
    return drawn.length ? Math.max(load, drawn[0].startTime) : load;
}"""


def load_time(browser: Any, path: Path, network: bool = True) -> float:
    """Milliseconds from navigation to the end of the load event and the network's first drawing, best of three."""
    timings = []
    for _ in range(3):
        opened = open_report(browser, path)
        if network:
            opened.page.wait_for_function("performance.getEntriesByName('kg-network-drawn').length > 0")
        timings.append(float(opened.page.evaluate(LOADED)))
        opened.page.close()
    return min(timings)


def test_large_report_opens_in_under_two_seconds(browser: Any, large_report: Path, tmp_path: Path) -> None:
    opened = open_report(browser, large_report)
    assert opened.errors == []
    assert opened.requests == [large_report.as_uri()]
    assert drawn_nodes(opened.page) > 100
    assert opened.page.locator("#disagreements .disagreement").count() > 0
    opened.page.close()
    # Baseline in the same run: a page holding only the network library (about 250 ms on an idle machine). The
    # budget is 2 s there, and grows with it when the machine is busy with something else.
    library = (ROOT / "kg" / "report" / "static" / "vis-network.min.js").read_text(encoding="utf-8")
    baseline = tmp_path / "library.html"
    baseline.write_text(f"<!DOCTYPE html><html><body><script>{library}</script></body></html>", encoding="utf-8")
    library_ms = load_time(browser, baseline, network=False)
    budget = 2000 * max(1.0, library_ms / BASELINE_MS)
    took = load_time(browser, large_report)
    assert took < budget, f"{took:.0f} ms, budget {budget:.0f} ms (the library alone: {library_ms:.0f} ms)"


def rendered(page: Any) -> int:
    return int(page.locator("#fact-table tbody tr").count())


def test_large_facts_table_renders_a_page_at_a_time(browser: Any, large_report: Path) -> None:
    data = page_data(large_report.read_text(encoding="utf-8"))
    total = len(data["facts"])
    opened = open_report(browser, large_report)
    page = opened.page
    assert rendered(page) == 100 and page.locator("#shown-count").inner_text() == str(total) > "1000"
    page.click("#facts-more")
    assert rendered(page) == 200
    # Other evidence sentences are written when their fold is opened.
    index = next(n for n, f in enumerate(data["facts"]) if len(f["evidence"]) > 1)
    page.evaluate("index => window.kgReport.focusFact(index)", index)  # past the pages shown: more are added
    assert rendered(page) == 300
    fold = page.locator(f"#fact-{index} details")
    assert fold.locator("blockquote").count() == 0
    fold.locator("summary").click()
    fold.locator("blockquote").first.wait_for(timeout=5000)  # the fold is filled on its toggle event
    assert fold.locator("blockquote").count() == len(data["facts"][index]["evidence"]) - 1 > 0
    page.click("#fact-table th[data-sort=amount]")
    page.click("#fact-table th[data-sort=amount]")  # descending: the largest amount first
    largest = max(f.get("amount_sort", -1) for f in data["facts"])
    first = int(page.locator("#fact-table tbody tr").first.get_attribute("data-fact"))
    assert data["facts"][first]["amount_sort"] == largest and rendered(page) == 300
    last = data["facts"][-1]
    page.fill("#fact-filter", last["actors"])  # filtered on the data: rows far past the first page are found
    assert page.locator(f"#fact-{total - 1}").count() == 1
    assert int(page.locator("#shown-count").inner_text()) < total
    page.fill("#fact-filter", "")
    # A fact picked in the timeline is shown in the table, whatever page it is on.
    link = page.locator("#timeline-list a[data-fact]").last
    chosen = link.get_attribute("data-fact")
    link.click()
    assert page.locator(f"#fact-{chosen}.focus").count() == 1
    assert opened.errors == []
    page.close()


# ------------------------------------------------------------------------------------------------ the command
def test_report_in_english_and_french(tmp_path: Path) -> None:
    english, french = tmp_path / "en.html", tmp_path / "fr.html"
    assert run("report", str(HELDOUT), "-o", str(english), "--lang", "en").exit_code == 0
    assert run("report", str(HELDOUT), "-o", str(french)).exit_code == 0
    en, fr = english.read_text(encoding="utf-8"), french.read_text(encoding="utf-8")
    assert '<html lang="en">' in en and "Actor network" in en and "military support" in en
    assert '<html lang="fr">' in fr and "Réseau des acteurs" in fr and "soutien militaire" in fr
    for html in (en, fr):
        assert "<script src" not in html and "<link" not in html and "@import" not in html


def test_report_of_one_actor_within_a_period(tmp_path: Path) -> None:
    out = tmp_path / "usa.html"
    result = run("report", str(HELDOUT), "-o", str(out), "--actor", "États-Unis", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    rows = len(page_data(html)["facts"])
    every = (tmp_path / "all.html")
    assert run("report", str(HELDOUT), "-o", str(every)).exit_code == 0
    assert 0 < rows < len(page_data(every.read_text(encoding="utf-8"))["facts"])
    assert "Scope : United States" in html or "Scope : États-Unis" in html
    dated = tmp_path / "dated.html"
    assert run("report", str(HELDOUT), "-o", str(dated), "--since", "2030-01-01").exit_code == 0
    assert page_data(dated.read_text(encoding="utf-8"))["facts"] == []


@pytest.mark.parametrize("content", [None, "", "@prefix kg: <x> .\nkg:a kg:b", "\x00\x01binary"])
def test_report_of_a_missing_or_malformed_graph_exits_2(tmp_path: Path, content: str | None) -> None:
    graph, out = tmp_path / "graph.ttl", tmp_path / "report.html"
    if content is not None:
        graph.write_text(content, encoding="utf-8")
    result = run("report", str(graph), "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: ") and len(result.stderr.strip().splitlines()) == 1
    assert not out.exists() and list(tmp_path.iterdir()) == ([graph] if content is not None else [])


def test_report_bad_options_exit_2(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert run("report", str(HELDOUT), "-o", str(out), "--actor", "Atlantide").exit_code == 2
    assert run("report", str(HELDOUT), "-o", str(out), "--lang", "de").exit_code == 2
    assert run("report", str(HELDOUT), "-o", str(out), "--since", "hier").exit_code == 2
    assert run("report", str(HELDOUT), "-o", str(tmp_path / "no" / "report.html")).exit_code == 2
    assert not out.exists()
