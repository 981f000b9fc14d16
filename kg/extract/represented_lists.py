"""The state a title serves when a sentence lists who stands for each state (« Le Royaume de X est représenté par Sa
Majesté le Roi Y, la République de Z par le Premier ministre W »): the state named just before « par », or the
subject of the participle of representing right before it, in a sentence that says so."""

from __future__ import annotations

from functools import cache

from kg import gazetteer as gz
from kg.extract.doc_words import morph_values
from kg.extract.lexicon import word_list
from kg.extract.people import Title
from kg.extract.syntax import Sentence
from kg.records import Entity

_BEFORE_TITLE = {"le", "la", "l'", "les", "son", "sa", "ses", "leur", ","}  # « par le », « par Sa Majesté le »
_STANDING_FOR = "représenter"
_NAMING = {gz.NAME, gz.CAPITAL}


@cache
def _before_title() -> frozenset[str]:
    """The words between « par » and a title: determiners, styles of address, honorifics (« par Sa Majesté le »)."""
    return frozenset(_BEFORE_TITLE) | word_list("court-styles.tsv") | word_list("honorifics.tsv")


def represented_by(sentence: Sentence, title: Title) -> Entity | None:
    """The state a title after « par » stands for in a list of who represents whom, else None."""
    doc, start = sentence.doc, sentence.span.start
    skip = _before_title()
    at = title.start - 1
    while at > start and doc[at].lower_ in skip:
        at -= 1
    if at <= start or doc[at].lower_ != "par":
        return None
    participles = [t for t in doc[start:at] if t.lemma_.lower() == _STANDING_FOR and
                   "Part" in morph_values(t, "VerbForm")]
    if not participles:
        return None
    before = doc[at - 1]
    if before in participles:  # « l'Espagne était représentée par »: whom the participle's subject names
        subjects = [c for c in before.children if c.dep_.startswith("nsubj")]  # « le Royaume de X »: X
        named = [m for m in sentence.mentions if any(c.left_edge.i <= m.start and m.end <= c.right_edge.i + 1
                                                       for c in subjects)]
    else:  # « ..., le Portugal par le ministre X »: the state named right before « par »
        named = [m for m in sentence.mentions if m.end == at]
    states = {m.state.key: m.state for m in named if m.state is not None and m.how in _NAMING}
    return next(iter(states.values())) if len(states) == 1 else None
