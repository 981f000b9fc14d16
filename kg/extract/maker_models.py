"""Models named with their maker's name, as the press writes them: « des véhicules blindés Zorvak ZT-40 »,
« quatre Zorvak 206H », « des Zorvak 6x6 », « le Zorvak II d'Y », « seize Zorvak 300 »; and the words a designator is
read in (tokens written without a space between them)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract import doc_words
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.weapon_nouns import ROMAN, SLASHED, WHEELS, model_year, noun_before, slashed
from kg.gazetteer import Gazetteer
from kg.text import fold

# letters, then a number or a hyphenated or dotted part, with a digit somewhere: « ZT-40 », « QW-T5 », « AIM-120D-3 »,
# « ZX.250 »
DESIGNATOR = re.compile(r"[A-Z][A-Za-z]{0,5}[-.]?[0-9A-Z][0-9A-Za-z]*(?:[-/][0-9A-Za-z]+)*")
# « des hélicoptères 500MD », « quatre Zorvak 206H »: digits first, then capitals
NUMBERED = re.compile(r"[0-9]{2,4}[A-Z]{1,3}[0-9A-Z]*(?:/[0-9A-Z]+)?")  # « 500MD », « 054A/P »
_GLUE = {"-", "/"}


def glued_words(doc: Doc, first: int = 0, last: int | None = None) -> list[tuple[int, int, str]]:
    """Spans of tokens written without a space between them, with their text (« QW - T5 » is one word, « QW-T5 »),
    in `doc[first:last]` (by position in it), read from the paragraph's cached texts and spaces."""
    texts, spaced = doc_words.texts(doc)[first:last], doc_words.spaced(doc)[first:last]
    if not texts:
        return []
    words: list[tuple[int, int, str]] = []
    start = 0
    for i in range(1, len(texts)):
        before, text = texts[i - 1], texts[i]
        if spaced[i - 1] or not (text in _GLUE or before in _GLUE or (text[:1].isalnum() and before[-1:].isalnum())):
            words.append((start, i, "".join(texts[start:i])))
            start = i
    words.append((start, len(texts), "".join(texts[start:])))
    return words


def maker_and_wheels(doc: Doc, mention: Mention) -> bool:
    """« des véhicules Zorvak 6x6 »: a company's name before a wheel formula names its model, no firm of its own."""
    return mention.how == gz.COMPANY and mention.end < len(doc) and \
        WHEELS.fullmatch(doc[mention.end].text) is not None


def maker_and_model(doc: Doc, mention: Mention, heads: frozenset[str]) -> bool:
    """« des véhicules blindés Zorvak ZT-40 », « cinquante Zorvak ZT-40 », « les Zorvak ZT-40 »: a company's name
    between a weapon noun (a number, a determiner) and a designator names its model, no firm of its own."""
    if mention.how != gz.COMPANY or mention.end >= len(doc) or mention.start == 0:
        return False
    after = next((w for s, _e, w in glued_words(doc, mention.end, mention.end + 6) if s == 0), "")
    code = after.rstrip(".")
    if not ((DESIGNATOR.fullmatch(code) or NUMBERED.fullmatch(code)) and any(c.isdigit() for c in code)) or \
            model_year(after):
        return False
    before = doc[mention.start - 1]
    return noun_before(doc, mention.start, heads) is not None or (before.like_num and before.text.islower()) or \
        before.text.isdigit() or before.pos_ == "DET" or before.lower_ in {"les", "des", "aux"}  # « des »: an ADP too


def maker_and_name(gaz: Gazetteer, doc: Doc, mention: Mention, heads: frozenset[str]) -> bool:
    """« des avions de combat de remplacement Zorvak Falcon »: a company's name after a weapon noun (past its
    lowercase complements; a vague noun too, its maker named) and before one or two capitalised words names its
    model by a name, no firm of its own; not a firm's longer name (« Zorvak Naval Systems »: its last word ends
    firms' names), nor a place's or a body's (« Zorvak France »: a branch)."""
    if mention.how != gz.COMPANY or mention.start == 0 or mention.end >= len(doc) or \
            noun_before(doc, mention.start, heads) is None or fold(doc[mention.end].text) in gaz.one_word_names:
        return False
    stop = mention.end
    while stop < len(doc) and stop - mention.end < 3 and doc[stop].is_alpha and doc[stop].text[:1].isupper() and \
            not doc[stop].text.isupper():
        stop += 1
    return mention.end < stop < mention.end + 3 and doc[stop - 1].lower_ not in word_list("firm-name-ends.tsv")


def counted_model(gaz: Gazetteer, doc: Doc, start: int, stop: int, before: Mention | None) -> bool:
    """« quatre Zorvak 300 », « des hélicoptères ZX-4 et Kestrel 60 »: a capitalised word and a model code, counted
    or coordinated with a system, is a model with no weapon noun before it (a known system's family name and its
    number, one known system's, are kg/extract/variants.py's)."""
    last = doc[stop - 1].text
    if stop - start < 2 or len(gaz.systems_named.get(fold(doc[start].text), ())) == 1 or \
            not any(c.isdigit() for c in last) or model_year(last):
        return False
    count = doc[start - 1]  # « seize Zorvak 300 », « 16 Zorvak 300 », not « Un Zorvak 300 » opening a sentence
    return (count.like_num and (count.text.islower() or count.text.isdigit())) or before is not None


def maker_told(doc: Doc, stop: int, makers: dict[int, Mention]) -> bool:
    """« le ZT-40 de Y », « le Zorvak II d'Y »: a model right before « de » and a company of the reference data."""
    return stop + 1 < len(doc) and doc[stop].lower_ in {"de", "d'", "d\u2019"} and stop + 1 in makers


def model_ending(doc: Doc, start: int, stop: int, makers: dict[int, Mention]) -> bool:
    """A capitalised name with no weapon noun before it that a model's ending tells: a wheel formula or versions
    with a slash (« des Zorvak 8x8 », « des Zorvak S/B », not a firm's « S/A »), or a number or numeral before its
    maker (« le Zorvak II d'Y »)."""
    if stop - start < 2:
        return False
    last = doc[stop - 1].text
    versions = next((doc[i:stop].text.rstrip(".") for i in range(start + 1, stop) if slashed(doc, i) == stop), last)
    if WHEELS.fullmatch(last) or (SLASHED.fullmatch(versions) and versions != "S/A"):
        return True
    return (last in ROMAN or any(c.isdigit() for c in last)) and maker_told(doc, stop, makers)
