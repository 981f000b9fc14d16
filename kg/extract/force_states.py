"""The state of an armed force a title names by its proper name alone (« le chef d'état-major des Forces Armées
Nationales, le général X »): news names its own side's force without the demonym once it has told it, so the
article names that force elsewhere with its state (« la Force Armée Nationale tchadienne », « les Forces Armées
Nationales du Tchad »); that one state is the post's. A force named nowhere else with a state gives none."""

from __future__ import annotations

import re

from kg import gazetteer as gz
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import word_list
from kg.extract.people import Title
from kg.extract.syntax import Sentence
from kg.gazetteer import Gazetteer
from kg.text import fold

_CONNECTORS = {"de", "des", "du", "d'", "la", "le", "l'", "et"}
_STATE_OF = r"(?:du|de la|de l'|des|d')\s*"
_NAME_REACH = 8  # words of a force's proper name after the title


_NAMES: dict[int, dict[str, str]] = {}  # per gazetteer (one per process)


def _demonyms(gaz: Gazetteer) -> dict[str, str]:
    """Each French demonym and state name, folded, and the state it names."""
    if id(gaz) not in _NAMES:
        _NAMES[id(gaz)] = {fold(form.text): form.entity for form in gaz.forms if form.how in {gz.DEMONYM, gz.NAME}}
    return _NAMES[id(gaz)]


def force_name(sentence: Sentence, title: Title) -> list[str]:
    """The words of the force's proper name a title's complement gives (« des Forces Armées Nationales »: its
    first word a force noun of force-nouns.tsv, every other word capitalised or a link word), folded; none if the
    complement is no such name or already names a state."""
    doc, end = sentence.doc, sentence.span.end
    at = title.end
    if at >= end or doc[at].lower_ not in DE_CASES:
        return []
    at += 1
    if at < end and doc[at].lower_ in {"la", "l'"}:
        at += 1
    if at >= end or not doc[at].text[:1].isupper() or fold(doc[at].text) not in word_list("force-nouns.tsv"):
        return []
    words: list[str] = []
    for token in doc[at:min(at + _NAME_REACH, end)]:
        if (token.text[:1].isupper() and not token.is_punct) or (token.lower_ in _CONNECTORS and words):
            words.append(fold(token.text))
        else:
            break
    while words and words[-1] in _CONNECTORS:
        words.pop()
    if any((named := sentence.mention_at(t)) is not None and named.state is not None for t in doc[at:at + len(words)]):
        return []
    return words if len(words) >= 2 else []


def force_state(text: str, words: list[str], gaz: Gazetteer) -> str | None:
    """The one state the article gives the force named `words` anywhere in `text`: a demonym right after its name
    or « du / de la » and a state's name; a force noun read in the singular or the plural alike."""
    first = re.escape(words[0].rstrip("s")) + "s?"
    rest = "".join(r"\s+" + re.escape(word) for word in words[1:])  # none after a one-word force (« la police »)
    pattern = re.compile(rf"\b{first}{rest}\s+(?:{_STATE_OF})?([\w-]+(?:\s[\w-]+)?)")
    names = _demonyms(gaz)
    states: set[str] = set()
    for match in pattern.finditer(fold(text).replace("\u2019", "'")):
        said = match.group(1)
        state = names.get(said) or names.get(said.split()[0])
        if state is not None:
            states.add(state)
    return next(iter(states)) if len(states) == 1 else None
