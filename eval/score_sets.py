"""Score kg on several sets of real articles in one process, as ../shared/eval/score.py does through the CLI.

    python eval/score_sets.py --texts /path/to/texts --out DIR SET...          # score, write DIR/SET.json
    python eval/score_sets.py --totals ...                                     # totals only (never-read sets)
    python eval/score_sets.py --show DIR [--against OLD]                       # figures, changes per category

SET is `dev` (../shared/corpus/dev), `heldout` (tests/heldout) or a folder name under eval/ (its gold files) whose
texts are `<texts>/<SET>/<id>.txt` (re-fetched from SOURCES.tsv; texts are never committed). The kg scored, and the
gold read, are those of the checkout this file lies in (run a worktree's copy to score that worktree). Each
article is built and queried in process (no CLI start-up per query) on --jobs worker processes, and scored by
score.py's own `score_article`.
With --totals, no per-article note (miss or extra) is written, so a never-read set's content stays unread.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import traceback
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path(os.environ.get("KG_SCORER_DIR", HERE.parent.parent / "shared" / "eval"))
sys.path[:0] = [str(HERE.parent), str(SCORER)]
import score  # noqa: E402  (../shared/eval/score.py: the scorer of record)


def gold_and_texts(name: str, texts: Path) -> tuple[Path, Path]:
    if name == "dev":
        return SCORER.parent / "corpus" / "dev", SCORER.parent / "corpus" / "dev"
    if name == "heldout":
        return HERE.parent / "tests" / "heldout", HERE.parent / "tests" / "heldout"
    return HERE / name, texts / name


# SET=dev reads ../shared/corpus/dev beside the scorer's folder; KG_SCORER_DIR moves both.


def score_one(job: tuple[str, str]) -> tuple[str, dict[str, list[int]], list[str], list[str]]:
    from kg.graphfile import load_graph, write_graph
    from kg.pipeline import build
    from kg.resources import data_dir
    from kg.sparql import format_result, run_query

    text, gold_file = job
    gold = json.loads(Path(gold_file).read_text(encoding="utf-8"))
    published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
    results: dict[str, dict | None] = {name: None for name in score.QUERIES}
    errors = []
    try:
        report = build([text], published)
        errors += report.failed
        with tempfile.TemporaryDirectory() as tmp:
            out = str(Path(tmp) / "graph.ttl")
            write_graph(report.dataset, out)
            graph = load_graph(out)
            for name in score.QUERIES:
                query = (data_dir("queries") / f"{name}.rq").read_text(encoding="utf-8")
                results[name] = json.loads(format_result(run_query(graph, query, name=name), "json"))
    except Exception:  # one article's failure is scored as nothing found, and said
        errors.append(traceback.format_exc(limit=3)[-400:])
    tally = score.score_article(gold, results)
    counts = {c: [tally.tp[c], tally.fp[c], tally.fn[c]] for c in score.CATEGORIES}
    return Path(text).stem, counts, tally.notes, errors


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def macro(totals: dict[str, list[int]]) -> float:
    used = [c for c in score.CATEGORIES if sum(totals[c])]
    return sum(prf(*totals[c])[2] for c in used) / len(used) if used else 0.0


def figures(totals: dict[str, list[int]]) -> str:
    """micro / macro / relations F1 / precision, as score.py's last lines."""
    micro = prf(*(sum(v[i] for v in totals.values()) for i in range(3)))
    relations = prf(*(sum(totals[c][i] for c in score.RELATIONS) for i in range(3)))
    return f"{micro[2]:.3f} / {macro(totals):.3f} / {relations[2]:.3f} / P {micro[0]:.3f}"


def run(sets: list[str], texts: Path, out: Path, totals_only: bool, jobs: int) -> None:
    todo, owners = [], []
    for name in sets:
        gold_dir, text_dir = gold_and_texts(name, texts)
        golds = sorted(gold_dir.glob("*.gold.json"))
        found = [(text_dir / gold.name.replace(".gold.json", ".txt"), gold) for gold in golds]
        found = [(text, gold) for text, gold in found if text.exists()]
        if len(found) < len(golds):
            print(f"{name}: {len(golds) - len(found)} of {len(golds)} texts missing under {text_dir}", file=sys.stderr)
        todo += [(str(text), str(gold)) for text, gold in found]
        owners += [name] * len(found)
    with Pool(jobs) as pool:
        scored = pool.map(score_one, todo, chunksize=1)
    out.mkdir(parents=True, exist_ok=True)
    by_set: dict[str, dict] = {}
    for name, (stem, counts, notes, errors) in zip(owners, scored, strict=True):
        entry = by_set.setdefault(name, {"articles": 0, "failed": 0, "totals": {c: [0, 0, 0] for c in counts},
                                         "articles_notes": {}})
        entry["articles"] += 1
        entry["failed"] += bool(errors)
        for c, v in counts.items():
            entry["totals"][c] = [a + b for a, b in zip(entry["totals"][c], v, strict=True)]
        if not totals_only:
            entry["articles_notes"][stem] = {"counts": counts, "notes": notes, "errors": errors}
    for name, entry in by_set.items():
        (out / f"{name}.json").write_text(json.dumps(entry, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{name:16s} {entry['articles']:3d} {figures(entry['totals'])}"
              + (f"  [{entry['failed']} failed]" if entry["failed"] else ""))


def show(folder: Path, against: Path | None) -> None:
    new = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}
    old = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(against.glob("*.json"))} if against else {}
    for name, entry in new.items():
        line = f"{name:16s} {entry['articles']:3d} {figures(entry['totals'])}"
        if name in old:
            before = old[name]["totals"]
            moved = [f"{c} {before[c]}->{entry['totals'][c]}" for c in score.CATEGORIES
                     if before[c] != entry["totals"][c]]
            line += f"  {macro(entry['totals']) - macro(before):+.3f} " + "; ".join(moved) if moved else "  ="
        print(line)
    if not new:
        return
    means = [macro(e["totals"]) for e in new.values()]
    print(f"mean macro over {len(means)} sets: {sum(means) / len(means):.4f}")
    summed = {c: [sum(e["totals"][c][i] for e in new.values()) for i in range(3)] for c in score.CATEGORIES}
    print(f"summed: {figures(summed)}")
    for c in score.CATEGORIES:
        p, r, f = prf(*summed[c])
        print(f"  {c:15s} {summed[c][0]:5d} {summed[c][1]:4d} {summed[c][2]:4d}  P {p:.2f}  R {r:.2f}  F1 {f:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--texts", type=Path, default=Path("/work/scratch/real"), help="folder of SET/<id>.txt")
    parser.add_argument("--out", type=Path, help="folder for SET.json")
    parser.add_argument("--totals", action="store_true", help="write no per-article note (never-read sets)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=Path, help="print the figures of a folder of SET.json")
    parser.add_argument("--against", type=Path, help="with --show: an older folder to compare with")
    args = parser.parse_args()
    if args.show:
        show(args.show, args.against)
    elif args.sets and args.out:
        run(args.sets, args.texts, args.out, args.totals, args.jobs)
    else:
        parser.error("give SET... and --out DIR, or --show DIR")


if __name__ == "__main__":
    main()
