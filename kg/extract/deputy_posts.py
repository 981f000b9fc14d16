"""Deputies of the post told just before (« le directeur du Service X, A, a déclaré [...]. Le directeur adjoint, B,
a confirmé »; « le président de la commission, A [...]. Le vice-président de la commission, B »): a deputy's title
that names no state or body of its own serves the state or body of the post it is the deputy of, when that post
was given in the same sentence or the one before."""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.lexicon import word_list
from kg.records import Entity
from kg.text import fold


@dataclass(frozen=True)
class Served:
    """A post told with the state or body it serves, and the sentence (its first token) it was told in."""

    label: str
    org: Entity
    sentence: int


def deputy_org(label: str, sentence: int, before: int | None, served: Served | None) -> Entity | None:
    """The state or body of `served` when the post `label` is its deputy's (« directeur adjoint » of
    « directeur »), told in this sentence or the one before (which starts at `before`)."""
    if served is None or served.sentence not in {sentence, before}:
        return None
    base = _base_of(fold(label))
    told = fold(served.label)
    return served.org if base is not None and (told == base or told.startswith(base + " ")) else None


def _base_of(label: str) -> str | None:
    """« directeur adjoint » -> « directeur », « vice-président de la commission » -> « président de la commission »;
    None for a post that is no deputy's."""
    words = label.split()
    marks = word_list("deputy-marks.tsv")
    if not words:
        return None
    for prefix in (m for m in marks if m.endswith("-")):
        if words[0].startswith(prefix) and len(words[0]) > len(prefix):
            return " ".join([words[0][len(prefix):], *words[1:]])
    kept = [w for w in words if w not in marks]
    return " ".join(kept) if kept and len(kept) < len(words) else None
