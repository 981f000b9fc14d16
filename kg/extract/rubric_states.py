"""A state named alone as a sentence's rubric, before a colon (« Pérou : le pays acquiert ... », « Kenya : il
commande ... »): what « le pays » or « il » after it stands for when no subject comes between."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence


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
