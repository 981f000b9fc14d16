"""A gerund of meeting with a place set off by commas (« X l'a dit en recevant, au palais présidentiel à Y, le
ministre Z »): the place is where the one met is received, and the one met is named past it (read by
kg.extract.hosting and kg.extract.negotiation)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context
from kg.extract.lexicon import role_cases
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence


def gerund_setting(sentence: Sentence, trigger: Token) -> range:
    """« X l'a dit en recevant, au palais présidentiel à Y, le ministre Z »: a place set off by commas right after
    a gerund of meeting (which the parser hangs anywhere: on the main verb, as a conjunct) is where the one met
    is received; the words between the commas, or none."""
    start = trigger.i + 1
    if trigger.pos_ != "VERB" or trigger.i < 1 or sentence.doc[trigger.i - 1].lower_ != "en" or \
            start + 1 >= sentence.span.end or sentence.doc[start].text != "," or \
            sentence.doc[start + 1].lower_ not in role_cases("place"):
        return range(0)
    end = next((t.i for t in sentence.doc[start + 1:sentence.span.end] if t.text == ","), None)
    return range(start + 1, end) if end is not None else range(0)


def gerund_places(sentence: Sentence, trigger: Token) -> list[Mention]:
    """The cities inside the place a gerund of meeting sets off by commas (gerund_setting)."""
    words = gerund_setting(sentence, trigger)
    return [m for m in sentence.mentions if m.how in {gz.CITY, gz.CAPITAL} and m.start in words and m.end <= words.stop]


def gerund_guest(ctx: Context, sentence: Sentence, trigger: Token) -> list[Mention]:
    """« en recevant, au palais à Y, le ministre chilien X », « ..., le président du Sénégal, M. X »: past the place
    set off by commas, a title and the state it names, or else a person named before any verb, is the one met."""
    words = gerund_setting(sentence, trigger)
    if not words:
        return []
    stop = next((t.i for t in sentence.doc[words.stop + 1:sentence.span.end] if t.text == "," or t.pos_ in {
        "VERB", "AUX"}), sentence.span.end)
    title = next((t for t in sentence.doc[words.stop + 1:stop] if t.pos_ != "DET"), None)
    if title is not None and ctx.titled(title):
        named = [m for m in sentence.mentions if m.how in {gz.NAME, gz.DEMONYM} and title.i < m.start < stop]
        if named:
            return named[:1]
    if stop < sentence.span.end and sentence.doc[stop].text == ",":  # « le président du Sénégal, M. X »
        stop = next((t.i for t in sentence.doc[stop + 1:sentence.span.end] if t.text == "," or t.pos_ in {
            "VERB", "AUX"}), sentence.span.end)
    return [m for m in sentence.mentions if m.how == gz.PERSON and words.stop < m.start < stop][:1]
