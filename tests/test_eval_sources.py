"""The never-read evaluation sets stay unread: no page of one is also held by another set (a development set is read,
so a page it shares with a never-read set is no longer unseen), however its address is written."""
import csv
import re
from collections import defaultdict
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent / "eval"


def _addresses(folder: Path) -> set[str]:
    found: set[str] = set()
    for table in folder.glob("SOURCES*.tsv"):
        with table.open(encoding="utf-8", newline="") as handle:
            found |= {_page(row["url"]) for row in csv.DictReader(handle, delimiter="\t") if row.get("url")}
    return found


def _page(address: str) -> str:
    """One page however its address is written: no scheme, no « www. », no trailing slash, host in lower case."""
    host, _, rest = re.sub(r"^[a-z]+://(www\.)?", "", address.strip(), flags=re.I).partition("/")
    return f"{host.lower()}/{rest}".rstrip("/")


def _scored_never_read() -> list[Path]:
    """The sets scored as never read: the odd-numbered `eval/real-blindN/` from 53 on (README's contract)."""
    return sorted(folder for folder in EVAL.glob("real-blind*")
                  if (number := re.fullmatch(r"real-blind(\d+)", folder.name)) and int(number[1]) >= 53
                  and int(number[1]) % 2)


def test_the_scored_never_read_sets_say_so() -> None:
    sets = _scored_never_read()
    assert len(sets) >= 18
    for folder in sets:
        assert "never-read" in (folder / "README.md").read_text(encoding="utf-8").splitlines()[0], folder.name


def test_an_address_is_one_page_with_or_without_scheme_www_or_slash() -> None:
    assert _page("http://www.Example.org/a/b/") == _page("https://example.org/a/b") != _page("https://example.org/a/c")


def test_no_never_read_page_is_held_by_another_set() -> None:
    holders: dict[str, set[str]] = defaultdict(set)
    for folder in EVAL.iterdir():
        if folder.is_dir():
            for address in _addresses(folder):
                holders[address].add(folder.name)
    for folder in _scored_never_read():
        shared = {address: sorted(holders[address] - {folder.name}) for address in _addresses(folder)
                  if holders[address] - {folder.name}}
        assert not shared, f"{folder.name} shares pages with {sorted({s for sets in shared.values() for s in sets})}"
