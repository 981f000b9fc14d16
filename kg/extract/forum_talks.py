"""Talks told one by one at a forum (« Avec le ministre de A, X, les discussions ont porté sur ... », « Quant aux
entretiens avec le ministre de B, Y, ils ... »): the person named right after the official's title is that
official, not one more side, so the talks have one side named and the other unsaid."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence
from kg.extract.talk_sides import holders_beside


def named_beside(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The people among `mentions` who speak for a side named beside them (kg.extract.talk_sides.holders_beside),
    or named right after a comma that closes another of them which is no person (« le ministre des Affaires
    étrangères de A, X »), however the parser hangs the name."""
    doc = sentence.doc
    ends = {m.end for m in mentions if m.how != gz.PERSON}
    beside = holders_beside(sentence, mentions)
    return beside + [m for m in mentions if m.how == gz.PERSON and m.start >= 2 and doc[m.start - 1].text == ","
                     and m.start - 1 in ends and m not in beside]
