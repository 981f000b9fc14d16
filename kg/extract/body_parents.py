"""The organisation a body a title's complement names by its own name belongs to (« le président du Comité
militaire, X » after « le Comité militaire de l'OTAN »): news names a body of an organisation with it once, then
alone; the one organisation of the reference data the article names right after that body's name is the post's."""

from __future__ import annotations

import re

from kg import gazetteer as gz
from kg.extract.function_words import DE_CASES
from kg.extract.mentions import reference_entity
from kg.extract.people import Title
from kg.extract.syntax import Sentence
from kg.gazetteer import Gazetteer
from kg.records import Entity
from kg.text import fold

_PARENT_OF = re.compile(r"(?=\s+(?:du|de la|de l'|des|d')\s*((?:[\w-]+\s*){1,6}))")  # a look-ahead: names may follow
_ORGANISATIONS: dict[int, dict[str, str]] = {}  # per gazetteer (one per process)


def _organisations(gaz: Gazetteer) -> dict[str, str]:
    """Each form of an organisation of the reference data, folded, and the organisation it names."""
    if id(gaz) not in _ORGANISATIONS:
        _ORGANISATIONS[id(gaz)] = {fold(f.text): f.entity for f in gaz.forms if f.how == gz.ORGANISATION}
    return _ORGANISATIONS[id(gaz)]


def body_words(sentence: Sentence, title: Title) -> str | None:
    """The name a title's own words end on (« président du Comité militaire »: « Comité militaire »): a capitalised
    word after « du / de la / de l' » that no mention covers, and the words after it in the title."""
    doc = sentence.doc
    for at in range(title.start + 1, title.end):
        token = doc[at]
        article = doc[at - 1].lower_ in {"la", "l'"} and doc[at - 2].lower_ in DE_CASES
        if token.text[:1].isupper() and (doc[at - 1].lower_ in DE_CASES or article):
            if any(sentence.mention_at(t) is not None for t in doc[at:title.end]) or title.end - at < 2:
                return None
            return doc[at:title.end].text
    return None


def body_parent(text: str, name: str, gaz: Gazetteer) -> Entity | None:
    """The one organisation the article `text` names right after the body `name` (« de l'OTAN »)."""
    organisations, found = _organisations(gaz), set()
    folded = fold(text).replace("\u2019", "'")
    for match in re.finditer(re.escape(fold(name)) + _PARENT_OF.pattern, folded):
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            if (iri := organisations.get(" ".join(words[:size]))) is not None:
                found.add(iri)
                break
    return reference_entity(gaz, found.pop(), gz.ORGANISATION) if len(found) == 1 else None
