"""A state named alone as a sentence's rubric, before a colon (« Pérou : le pays acquiert ... », « Kenya : il
commande ... »): what « le pays » or « il » after it stands for when no subject comes between."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence
from kg.records import Entity

if TYPE_CHECKING:
    from kg.extract.about_states import AboutState

CLEARLY_MORE = 4 / 3  # the article names its state a third more often than the next one


def rubric_state(sentence: Sentence, word: Token) -> Mention | None:
    """The state the sentence opens on, alone before a colon that comes before `word` (« A : le pays ... »; not
    « A-B : ... », nor « Le président de A : ... »)."""
    doc, start = sentence.doc, sentence.span.start
    colon = next((t.i for t in doc[start:word.i] if t.text == ":"), None)
    if colon is None or colon == start:
        return None
    named = sentence.mention_at(doc[start])
    return named if named is not None and named.start == start and named.end == colon and named.state is not None \
        and named.how in {gz.NAME, gz.CAPITAL} else None


def rubric_named(doc: Doc, mention: Mention, paragraph: int) -> bool:
    """A state the headline (paragraph 0) names alone before its colon (« A : ... »): where the news happened."""
    return paragraph == 0 and mention.start == 0 and mention.end < len(doc) and doc[mention.end].text == ":"


def set_abroad(about: Sequence[AboutState], setting: Entity | None) -> bool:
    """« A : ... » over an article whose body names another state clearly more than A (kg.extract.about_states): the
    rubric names where the news happened (a purchase collected abroad), not whose officials the story tells of."""
    told = next((a.count for a in about if setting is not None and a.state.key == setting.key), 0)
    return told > 0 and about[0].count >= CLEARLY_MORE * told
