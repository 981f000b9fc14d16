"""The state of a holder named after an English short state name and an abbreviated rank (« US Brig. Gen. X »,
« UK Maj. X », machine-translated as « US Brig. Le général X »): the short name's state, not the host's."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.mentions import state_entity
from kg.extract.syntax import Sentence
from kg.gazetteer import Gazetteer
from kg.records import Entity

_REACH = 8  # tokens before the name where the short state name and the abbreviated rank may stand


def _short_name(gaz: Gazetteer, text: str) -> str | None:
    """The state a name written in capitals only names (« US », « UK »)."""
    if not text.isupper() or len(text) > 3:
        return None
    return next((form.entity for form in gaz.forms
                 if form.text == text and gaz.state_of.get(form.entity) == form.entity), None)


def abbreviated_side(sentence: Sentence, gaz: Gazetteer, holder: Entity) -> Entity | None:
    """« US Brig. Gen. X, commandant adjoint de ... »: the state of the short name before X's abbreviated rank."""
    named = next((m for m in sentence.mentions if m.how == gz.PERSON and m.entity.key == holder.key), None)
    if named is None:
        return None
    doc, abbreviations = sentence.doc, word_list("english-rank-abbreviations.tsv")
    ranks, abbreviated = word_list("military-ranks.tsv"), False
    at = named.start - 1
    while at >= max(0, named.start - _REACH):
        word = doc[at].lower_.rstrip(".")
        if word in abbreviations and doc[at].text[:1].isupper():
            abbreviated = True
        elif not (word in ranks or word in {"", "le", "la", "l'"}):
            break
        at -= 1
    if not abbreviated or at < 0:
        return None
    return state_entity(gaz, _short_name(gaz, doc[at].text))
