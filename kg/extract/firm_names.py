"""Firms named after their state: « Air France », « Qatar Airways », « Royal Air Maroc », « Saudi Aramco ». The
NER reads the whole name as an organisation; the state's name inside it names the firm, not the state."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer as gz

_STATE_WORDS = {gz.NAME, gz.CAPITAL, gz.DEMONYM}
_PLACE_CASES = {"en", "au", "aux", "à"}


def firms_named_after_states(doc: Doc, candidates: list[tuple[int, int, str, str | None]]) -> set[tuple[int, int]]:
    """The NER's organisations of capitalised words only that hold a state's name (or capital, or demonym) and a
    word of their own no reference name covers (« Air France », not « Naval Group Belgique » nor « Pakistan
    Army », which the reference data reads whole): a firm, ranked before the state."""
    found: set[tuple[int, int]] = set()
    known = [c for c in candidates if not c[2].startswith("ner-")]
    for start, end, how, _ in candidates:
        if how != "ner-org" or end - start < 2 or not all(t.text[:1].isupper() for t in doc[start:end]):
            continue
        if start > 0 and doc[start - 1].lower_ in _PLACE_CASES:
            continue  # « l'ambassadeur de Chine en France Prénom Nom »: a state where one is, and a name after it
        inside = [c for c in known if start <= c[0] and c[1] <= end]
        if len(inside) != len([c for c in known if c[0] < end and start < c[1]]):
            continue  # a reference name running out of the span: the NER cut it
        covered = {i for c in inside for i in range(c[0], c[1])}
        if any(c[2] in _STATE_WORDS for c in inside) and any(i not in covered for i in range(start, end)):
            found.add((start, end))
    return found
