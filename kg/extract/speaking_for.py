"""Names after a title each followed by the state they speak for (« les ministres des Affaires étrangères, A pour
le Pays et B pour l'Autre, »; « les chefs de la diplomatie, A pour la partie malienne et B pour la partie
nigérienne »): each name holds the title, for the state named after its « pour »."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.holders import apposition_end
from kg.extract.mentions import Mention
from kg.extract.people import Title
from kg.extract.syntax import Sentence

_FOR = "pour"
_DETERMINERS = {"le", "la", "l'", "les"}
_SIDES = {"partie", "côté", "délégation"}  # « pour la partie ivoirienne »
_JOINS = {",", "et"}


def speaking_for(sentence: Sentence, titles: list[Title]) -> dict[int, list[tuple[Mention, Mention | None]]]:
    """The start of each title whose names each say whom they speak for -> those names and their states."""
    found: dict[int, list[tuple[Mention, Mention | None]]] = {}
    if not titles or _FOR not in sentence.lower:
        return found
    for title in titles:
        if title.inner or title.org is not None:
            continue
        at = apposition_end(sentence, title)
        if at >= sentence.span.end or sentence.doc[at].text != ",":
            continue
        listed = _listed(sentence, at + 1)
        if listed:
            found[title.start] = listed
    return found


def _listed(sentence: Sentence, at: int) -> list[tuple[Mention, Mention | None]]:
    """From `at`, names each followed by « pour » and a state, joined by commas or « et »; empty unless every name
    in the run says its state."""
    doc, end, listed = sentence.doc, sentence.span.end, list[tuple[Mention, Mention | None]]()
    while at < end:
        person = sentence.mention_at(doc[at])
        if person is None or person.how != gz.PERSON or person.start != at or \
                (state := _state_after_for(sentence, person.end)) is None:
            return []
        listed.append((person, state))
        at = state.end
        if at + 1 >= end or doc[at].lower_ not in _JOINS or not _person_at(sentence, at + 1):
            break
        at += 1
    return listed


def _person_at(sentence: Sentence, at: int) -> bool:
    mention = sentence.mention_at(sentence.doc[at])
    return mention is not None and mention.how == gz.PERSON


def _state_after_for(sentence: Sentence, at: int) -> Mention | None:
    """« pour le Pays », « pour la partie malienne » right at `at` (or after its comma): the state named, else
    None."""
    doc, end = sentence.doc, sentence.span.end
    if at + 1 < end and doc[at].text == "," and doc[at + 1].lower_ == _FOR:
        at += 1  # « le ministre, A, pour le Pays, »
    if at >= end or doc[at].lower_ != _FOR:
        return None
    at += 1
    while at < end and doc[at].lower_ in _DETERMINERS:
        at += 1
    side = at < end and doc[at].lower_ in _SIDES
    if side:
        at += 1
    state = sentence.mention_at(doc[at]) if at < end else None
    if state is None or state.start != at or state.state is None or state.entity.cls != "State":
        return None
    return state if state.how == gz.NAME or (side and state.how == gz.DEMONYM) else None
