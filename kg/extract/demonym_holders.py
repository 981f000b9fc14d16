"""Names right after a title's demonym: « son homologue estonien Prénom Nom », « le président chilien, Prénom Nom, »,
« ses homologues letton Prénom Nom et estonien Prénom Nom ». The NER often calls such a name a place or a body, or
misses it; after a title or a counterpart noun and the demonym of its state, two to four capitalised words the
reference data does not know are the holder's name."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.doc_words import lowers
from kg.extract.lexicon import name_titles, word_list
from kg.extract.person_spans import NAME_PARTICLES

_LINKS = {",", "et"}  # « ses homologues letton X, estonien Y et lituanien Z »: a list of demonyms and names
_REACH = 12  # how far back a list of demonyms and names may run to its title


def names_after_demonyms(doc: Doc, candidates: Sequence[tuple[int, int, str, str | None]],
                         titles: frozenset[str]) -> list[tuple[int, int, str, None]]:
    """The person spans right after a title's (or a counterpart's) demonym, past one comma."""
    known = {i for c in candidates for i in range(c[0], c[1])}
    lower = lowers(doc)
    found: list[tuple[int, int, str, None]] = []
    for start, end, how, _ in candidates:
        if how != gz.DEMONYM or not doc[start].text.islower() or not _after_title(doc, lower, start, titles):
            continue
        at = end + 1 if end < len(doc) and doc[end].text == "," else end
        stop = _name_end(doc, at, known, titles)
        words = sum(1 for i in range(at, stop) if doc[i].text != "-" and lower[i] not in NAME_PARTICLES)
        if 2 <= words <= 4 and (stop == len(doc) or doc[stop].is_punct or doc[stop].text.islower()) and \
                not any(doc[i].ent_type_ == "PER" or lower[i] in _styles() for i in range(at, stop)) and \
                lower[stop - 1] not in word_list("firm-name-ends.tsv"):
            found.append((at, stop, "ner-person", None))
    return found


@cache
def _styles() -> frozenset[str]:
    """« Son Altesse Royale le Prince X », « Son Excellence Monsieur X »: a style of address, no one's name (the
    readings of styled names take the name after it)."""
    return word_list("court-styles.tsv") | {"son", "sa"}


def _after_title(doc: Doc, lower: Sequence[str], at: int, titles: frozenset[str]) -> bool:
    """The word before the demonym is a title's noun or a counterpart's, or a link of a list that one opens."""
    before = at - 1
    if before < 0:
        return False
    if _title_noun(doc, lower, before, titles):
        return True
    if lower[before] not in _LINKS:
        return False
    sentence_start = doc[at].sent.start
    return any(_title_noun(doc, lower, i, titles) for i in range(max(sentence_start, at - _REACH), before))


def _title_noun(doc: Doc, lower: Sequence[str], i: int, titles: frozenset[str]) -> bool:
    word = doc[i]
    return word.text.islower() and (lower[i] in word_list("counterpart-nouns.tsv") or (
        lower[i] in titles and word.pos_ == "NOUN"))


def _name_end(doc: Doc, at: int, known: set[int], titles: frozenset[str]) -> int:
    """The end of the capitalised words from `at` (hyphenated and with particles), none of them a known name, a
    title's word, a rank or a style of address; `at` when the first is none."""
    lower, stop = lowers(doc), at
    styles = name_titles()
    while stop < len(doc) and stop not in known and not (stop > at and doc[stop].is_sent_start):
        word = doc[stop]
        if word.text == "-" and stop > at and stop + 1 < len(doc) and doc[stop + 1].is_alpha:
            stop += 2  # « Prénom Geun-hye »: the syllable after the hyphen, whatever its case
        elif (lower[stop] in NAME_PARTICLES and stop > at and stop + 1 < len(doc) and
              doc[stop + 1].text[:1].isupper()) or (word.text.replace("-", "").isalpha() and
                                                    word.text[:1].isupper() and lower[stop] not in titles and
                                                    lower[stop] not in styles):
            stop += 1
        else:
            break
    return stop
