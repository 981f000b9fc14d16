"""make bench, part 2: kg on a corpus of articles recombined from texts the project wrote, as ratios against
baselines measured in the same run. Each measure is a separate process (the CLI as a user runs it), timed by
wall clock, its peak memory the sum of the resident sets of the process and its children.

Run: .venv/bin/python tests/bench_corpus.py [--articles N] [--out bench/results.md] (make bench runs it)."""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Texts written for the project (never published articles): the held-out tests, the examples, the dev corpus.
SOURCES = [ROOT / "tests" / "heldout", ROOT / "examples", ROOT.parent / "shared" / "corpus" / "dev"]
COMPETENCY = ["states", "people", "weapon-systems", "military-support", "agreements", "negotiations", "financing"]
PYTHON = sys.executable
KG = [PYTHON, "-m", "kg.cli"]


# ------------------------------------------------------------------------------------------------ corpus
def _bodies(folders: Sequence[Path]) -> tuple[list[str], list[int]]:
    """Every body paragraph (not the title, not a date line) of every text, and each text's paragraph count."""
    paragraphs: list[str] = []
    counts: list[int] = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            body = [line for line in lines[1:] if not line[:4].isdigit()]
            paragraphs.extend(body)
            counts.append(len(body))
    return paragraphs, counts


def recombine(count: int, folder: Path, seed: int = 14) -> list[Path]:
    """`count` new articles in `folder`: each a new title, a date, and paragraphs drawn (fixed seed) from all
    the project's texts, as many as one of them has. The same arguments always give the same files."""
    paragraphs, counts = _bodies(SOURCES)
    if not paragraphs:
        raise SystemExit("bench: no source text found")
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        body = rng.sample(paragraphs, min(len(paragraphs), rng.choice(counts)))
        date = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        path = folder / f"a{number:04d}.txt"
        path.write_text("\n".join([f"Dépêche recomposée n° {number} : diplomatie et défense", date, *body]) + "\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


# ------------------------------------------------------------------------------------------------ measuring
@dataclass(frozen=True)
class Run:
    seconds: float  # wall clock
    cpu: float  # user + system time of the process and its children
    peak_mb: float  # resident set of the process and all its children, summed, at its highest
    stdout: str


def _tree_rss(pid: int) -> int:
    """Resident set (bytes) of a process and its descendants (Linux /proc; 0 where unreadable)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/statm") as statm:
                total += int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    pending.extend(int(child) for child in children.read().split())
        except (OSError, ValueError):
            continue
    return total


def measure(command: Sequence[str], cwd: Path = ROOT, timeout: float | None = None) -> Run:
    """Run `command`, polling its memory every 20 ms; stops the bench if it fails. After `timeout` seconds it
    is killed and what it printed so far is returned."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(list(command), cwd=cwd, env=env, stdout=out, stderr=err)
        peak = 0
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if timeout is not None and time.perf_counter() - start > timeout:
                process.kill()
                _, status, usage = os.wait4(process.pid, 0)
                status = 0
                break
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise SystemExit(f"bench: {' '.join(command[:5])}... failed ({process.returncode}): "
                             f"{err.read().decode()[-400:]}")
        return Run(seconds, usage.ru_utime + usage.ru_stime, peak / 1e6, out.read().decode())


BARE_PIPE = """
import sys, spacy
from pathlib import Path
texts = [Path(p).read_text(encoding="utf-8") for p in sys.argv[1:]]
nlp = spacy.load("fr_core_news_md")
for doc in nlp.pipe(texts):
    pass
"""

IN_STORE = """
import sys, time
from pathlib import Path
from kg.oxigraph_store import open_store
name = sys.argv[2]
text = Path(name).read_text(encoding="utf-8")
with open_store(sys.argv[1], read_only=True) as store:
    start = time.perf_counter()
    rows = len(list(store.query(text)))
    print(f"{Path(name).stem} {time.perf_counter() - start:.4f} {rows}", flush=True)
"""
QUERY_BUDGET = 60.0  # seconds for each query on each side: a slow one does not take the time of the others
PARSE_BUDGET = 300.0  # seconds for rdflib to read the quads once, before its queries

# rdflib reads the quads once, then runs each query in a child process of its own (fork) that an alarm ends
# after `budget` seconds: one slow query leaves the others their own budget.
IN_MEMORY = """
import os, signal, sys, time
from pathlib import Path
from rdflib import Dataset
budget = int(float(sys.argv[2]))
graph = Dataset(default_union=True)
graph.parse(sys.argv[1], format="nquads")
for name in sys.argv[3:]:
    text = Path(name).read_text(encoding="utf-8")
    child = os.fork()
    if child == 0:
        signal.alarm(budget)
        start = time.perf_counter()
        rows = len(list(graph.query(text)))
        print(f"{Path(name).stem} {time.perf_counter() - start:.4f} {rows}", flush=True)
        os._exit(0)
    os.waitpid(child, 0)
"""


# ------------------------------------------------------------------------------------------------ bench
def _machine() -> list[str]:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return [f"- cores: {os.cpu_count()}, RAM: {ram:.1f} GiB, Python {platform.python_version()} "
            f"({platform.machine()}, {platform.system()})",
            f"- load average (1, 5, 15 min) at the start: {load}"]


def bench(count: int, work: Path) -> list[str]:
    """Every measure on `count` articles (and count/5 for memory); the lines of bench/results.md."""
    lines = [*_machine()]
    corpus = [str(p) for p in recombine(count, work / "corpus")]
    small = corpus[: max(1, count // 5)]
    characters = sum(len(Path(p).read_text(encoding="utf-8")) for p in corpus)
    lines.append(f"- corpus: {count} articles recombined from the project's own texts (seed 14), "
                 f"{characters:,} characters")
    store = str(work / "store")
    # the baseline runs before and after the builds it is compared with, and counts as their mean: the machine's
    # speed drifts by several per cent over minutes, and a drift would otherwise fall on one side of the ratio
    before = measure([PYTHON, "-c", BARE_PIPE, *corpus])
    one = measure([*KG, "build", *corpus, "--store", str(work / "one"), "--jobs", "1", "-q"])
    two = measure([*KG, "build", *corpus, "--store", store, "--jobs", "2", "-q"])
    after = measure([PYTHON, "-c", BARE_PIPE, *corpus])
    bare = Run((before.seconds + after.seconds) / 2, (before.cpu + after.cpu) / 2, max(before.peak_mb, after.peak_mb),
               "")
    again = measure([*KG, "build", *corpus, "--store", store, "--jobs", "2", "-q"])
    few = measure([*KG, "build", *small, "--store", str(work / "few"), "--jobs", "1", "-q"])
    rows = [
        ("bare spaCy `nlp.pipe`, one process, before the builds", before, before.seconds / bare.seconds, ""),
        ("bare spaCy `nlp.pipe`, one process, after the builds", after, after.seconds / bare.seconds, ""),
        ("baseline: the mean of the two", bare, 1.0, ""),
        ("`kg build --jobs 1 --store`", one, one.seconds / bare.seconds, "≤ 1.3"),
        ("`kg build --jobs 2 --store`", two, two.seconds / bare.seconds, "≤ 1.0"),
        ("the same again, nothing changed (vs the first build)", again, again.seconds / two.seconds, "< 0.10"),
        (f"`kg build --jobs 1 --store`, {len(small)} articles", few, few.seconds / bare.seconds, ""),
    ]
    lines += ["", f"## Build ({count} articles; each run a separate process, wall clock, model loading included)",
              "", "| run | seconds | ratio | target | CPU seconds | CPU ratio | peak memory (MB) |",
              "| --- | ---: | ---: | --- | ---: | ---: | ---: |"]
    lines += [f"| {name} | {run.seconds:.1f} | {ratio:.2f} | {target} | {run.cpu:.1f} | {run.cpu / bare.cpu:.2f} | "
              f"{run.peak_mb:,.0f} |" for name, run, ratio, target in rows]
    lines += ["", "CPU ratio: user + system time against the baseline's, a check that holds on a busy machine.", "",
              f"- `kg build --jobs 1` / bare `nlp.pipe`: **{one.seconds / bare.seconds:.2f}x** (target ≤ 1.3x)",
              f"- `kg build --jobs 2` / bare `nlp.pipe`: **{two.seconds / bare.seconds:.2f}x** (target ≤ 1.0)",
              f"- peak memory (process and children), {count} vs {len(small)} articles, `--jobs 1`: "
              f"**{one.peak_mb / few.peak_mb:.2f}x** (target ≤ 1.2x)",
              f"- no-op rebuild / first build: **{again.seconds / two.seconds:.1%}** (target < 10 %)"]
    exported = work / "graph.nq"
    measure([*KG, "export", "--store", store, "--format", "nquads", "-o", str(exported)])
    return lines + _queries(store, exported) + _startup(work)


def _timings(output: str) -> dict[str, tuple[float, int]]:
    found = {}
    for line in output.splitlines():
        name, seconds, rows = line.split()
        found[name] = (float(seconds), int(rows))
    return found


def _queries(store_dir: str, graph: Path) -> list[str]:
    """The seven competency queries on the store (Oxigraph, as `kg query --store` runs them) vs rdflib on the
    same quads in memory; each query in its own process, within QUERY_BUDGET seconds (rdflib's parse apart)."""
    files = [str(ROOT / "queries" / f"{name}.rq") for name in COMPETENCY]
    memory = _timings(measure([PYTHON, "-c", IN_MEMORY, str(graph), str(QUERY_BUDGET), *files],
                              timeout=PARSE_BUDGET + len(files) * (QUERY_BUDGET + 5)).stdout)
    stored: dict[str, tuple[float, int]] = {}
    for file in files:
        stored.update(_timings(measure([PYTHON, "-c", IN_STORE, store_dir, file], timeout=QUERY_BUDGET).stdout))
    lines = ["", "## The seven competency queries: the store (Oxigraph) vs rdflib in memory", "",
             "| query | rows (store, rdflib) | store (s) | rdflib (s) | store / rdflib |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for name in COMPETENCY:
        cells = [f"{found[name][0]:.3f}" if name in found else f"over the {QUERY_BUDGET:.0f} s budget"
                 for found in (stored, memory)]
        rows = " ".join(f"{found[name][1]}" if name in found else "-" for found in (stored, memory))
        ratio = f"{stored[name][0] / memory[name][0]:.2f}" if name in stored and name in memory else "-"
        lines.append(f"| {name} | {rows} | {cells[0]} | {cells[1]} | {ratio} |")
    return lines


def _startup(work: Path) -> list[str]:
    """`kg query` on a two-triple graph, from the shell to its answer, against the import of rdflib alone."""
    tiny = work / "tiny.ttl"
    tiny.write_text('<https://example.org/a> <https://example.org/p> "x"@fr .\n', encoding="utf-8")
    query = str(ROOT / "queries" / "states.rq")
    kg = min(measure([*KG, "query", query, str(tiny)]).seconds for _ in range(3))
    base = min(measure([PYTHON, "-c", "import rdflib"]).seconds for _ in range(3))
    return ["", "## Start-up", "", f"`kg query` on a two-triple graph: {kg:.2f} s; `python -c \"import rdflib\"`: "
            f"{base:.2f} s; ratio **{kg / base:.2f}x** (best of 3)."]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="corpus size (memory is also measured on 1/5)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results.md"), help="where to write the results")
    parser.add_argument("--keep", metavar="DIR", help="generate the corpus and stores in DIR and keep them")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    started = time.perf_counter()
    try:
        lines = bench(args.articles, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    text = "\n".join(["# make bench: corpus results", "", f"Generated by tests/bench_corpus.py on "
                      f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} in "
                      f"{time.perf_counter() - started:.0f} s.", "", *lines, ""])
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
