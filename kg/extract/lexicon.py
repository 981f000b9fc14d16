"""Trigger and modality tables (ontology/lexicon/*.tsv), read once."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from kg.errors import KgError
from kg.resources import lexicon_file


@dataclass(frozen=True)
class Trigger:
    fact: str  # negotiation, agreement, support, financing
    lemma: str
    pos: str  # VERB or NOUN
    object_role: str  # what a direct object (verb) or a "de" complement (noun) is: recipient, partner, theme, agent
    detail: str | None  # support or financing kind
    needs: str | None  # military, amount, reflexive, or None


def _rows(name: str) -> list[list[str]]:
    lines = lexicon_file(name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@cache
def table(name: str, columns: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The rows of a table of ontology/lexicon/ whose header row (its first line that is no comment) names
    exactly `columns`; any other header, or a row of another width, fails loudly."""
    header, *rows = _rows(name)
    if tuple(c.strip() for c in header) != columns:
        raise KgError(f"ontology/lexicon/{name}: header {header} is not {list(columns)}")
    for row in rows:
        if len(row) != len(columns):
            raise KgError(f"ontology/lexicon/{name}: row {row} does not have the columns {list(columns)}")
    return tuple(tuple(c.strip() for c in row) for row in rows)


@cache
def reach(window: str) -> int:
    """How many sentences a window of reach.tsv (military, weapon, recipient, talks, issue) lasts."""
    return {w: int(n) for w, n, _ in table("reach.tsv", ("window", "sentences", "meaning"))}[window]


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-column table of ontology/lexicon/: light-verbs.tsv, relational-nouns.tsv, military.tsv..."""
    return frozenset(row[0].strip() for row in _rows(name))


def modality_class(lemma: str, pos: str) -> str | None:
    words = modality_words()
    return words.get(f"{lemma.lower()}/{pos}") or words.get(lemma.lower())


@cache
def trigger_lemmas() -> frozenset[str]:
    """Every lemma that triggers a fact of some kind."""
    return frozenset(lemma for lemma, _pos in triggers())


@cache
def triggers() -> dict[tuple[str, str], list[Trigger]]:
    """(lemma, pos) -> the triggers it can be, one per fact kind."""
    table: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    for fact, lemma, pos, obj, detail, needs in _rows("triggers.tsv"):
        table[(lemma, pos)].append(Trigger(fact, lemma, pos, obj, None if detail == "-" else detail,
                                           None if needs == "-" else needs))
    return dict(table)


@cache
def modality_words() -> dict[str, str]:
    """lemma -> class (report, modal, consider, exclude, refuse, deny, negation, hypothesis). A lemma written
    "prêt/ADJ" counts only with that part of speech (« prêt à livrer », not « un prêt »)."""
    return {lemma: cls for lemma, cls in _rows("modality.tsv")}
