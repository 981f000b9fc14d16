"""Who makes a system, by the work of making a sentence gives a firm: « le développement du missile X est mené par
Y », « la fabrication des drones X, assurée par Y », « la construction des X est confiée à Y », « la production de X
par Y », « X, de conception Y ». The works (making-works.tsv) and the participles that carry one out
(work-carriers.tsv) are data; a work that is not making (maintenance, delivery) names no maker."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention

_REACH = 6  # words from a work's noun to its system (« du système de défense antimissile X »)
_TRADE = {"groupe", "société", "firme", "constructeur", "industriel", "chantier", "fabricant", "avionneur", "le",
          "la", "l'", "les"}  # between « par » and the firm's name


def _firm_at(doc: Doc, at: int, firms: dict[int, Mention]) -> Mention | None:
    """The company named at `at`, past a trade noun and its lowercase qualifiers (« par le groupe italien Y »)."""
    for i in range(at, min(at + 4, len(doc))):
        if i in firms:
            return firms[i]
        if not (doc[i].lower_ in _TRADE or (i > at and doc[i].text.islower() and doc[i].pos_ == "ADJ")):
            return None
    return None


def _work_of(doc: Doc, system: Mention) -> int | None:
    """The work of making whose complement the system is (« la fabrication des drones X »): its noun's index."""
    works = word_list("making-works.tsv")
    for i in range(system.start - 1, max(-1, system.start - _REACH - 1), -1):
        if doc[i].lemma_.lower() in works or doc[i].lower_ in works:
            return i if doc[i].pos_ == "NOUN" and i + 1 < system.start else None
        if not ((doc[i].text.islower() and doc[i].is_alpha) or doc[i].text in {"'", "d'", "l'"}):
            return None
    return None


def _carried_by(doc: Doc, system: Mention, stop: int, firms: dict[int, Mention]) -> Mention | None:
    """The firm after the system that carries the work out: « par Y » right after it, or after a participle of
    work-carriers.tsv (« est mené par Y », « , assurée par Y », « est confiée à Y »)."""
    if system.end < stop and doc[system.end].lower_ == "par":
        return _firm_at(doc, system.end + 1, firms)
    carriers = word_list("work-carriers.tsv")
    for i in range(system.end, min(system.end + 4, stop - 1)):
        word = doc[i]
        if word.lemma_.lower() in carriers and "VerbForm=Part" in str(word.morph):
            return _firm_at(doc, i + 2, firms) if doc[i + 1].lower_ in {"par", "à", "au"} else None
        if not (word.text in {",", "en", "cours"} or word.pos_ == "AUX" or word.lower_ in {"a", "été", "est"}):
            return None
    return None


def _designed_by(doc: Doc, system: Mention, stop: int, firms: dict[int, Mention]) -> Mention | None:
    """« X, de conception Y », « des drones X de fabrication Y »: the firm a work of making names right after it."""
    at = system.end + (1 if system.end < stop and doc[system.end].text == "," else 0)
    works = word_list("making-works.tsv")
    if at + 2 < stop and doc[at].lower_ == "de" and doc[at + 1].lower_ in works:
        return firms.get(at + 2)
    return None


def work_makers(span: Span, mentions: list[Mention],
                makeable: Callable[[Mention], bool]) -> list[tuple[Mention, Mention]]:
    """(system, maker) pairs of the firms a sentence says carry out a work of making a system."""
    inside = [m for m in mentions if span.start <= m.start < span.end]
    firms = {m.start: m for m in inside if m.how == gz.COMPANY}
    if not firms:
        return []
    found = []
    for system in (m for m in inside if makeable(m)):
        firm = _designed_by(span.doc, system, span.end, firms)
        if firm is None and _work_of(span.doc, system) is not None:
            firm = _carried_by(span.doc, system, span.end, firms)
        if firm is not None:
            found.append((system, firm))
    return found
