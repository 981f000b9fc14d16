"""The NER's person spans, corrected by what is around them: a style of address is no part of a name (« Son
Altesse Royale le Prince X »); the state of a title's complement run into a name is not part of it (« la première
dame de Pays Prénom Nom »); a first name the NER read as a place is (« Prénom Nom le ministre »); a name the NER calls
an organisation right after a title is a person's (« le ministre Prénom Nom »); a state after « de » that ends a name
right after a title is the title's (« le roi Prénom II de Pays »); a rank in several words is no part of a name.
Names that are no person's at all: other_names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.extract.doc_words import lowers
from kg.extract.lexicon import name_titles, word_list
from kg.extract.ranked_names import rank_words


def past_place(candidate: tuple[int, int, str, None], places: dict[int, int], doc: Doc) -> tuple[int, int, str, None]:
    """« la première dame de Serbie Prénom Nom »: a state's name the NER ran into the name after it belongs to
    the title's complement."""
    start, end, how, _ = candidate
    after = places.get(start, end)
    if how != "ner-person" or end - after < 2 or start == 0 or doc[start - 1].lower_ not in {"de", "d'", "du"}:
        return candidate
    return after, end, how, None


def before_state(candidate: tuple[int, int, str, None], states: dict[int, int], doc: Doc,
                 titles: frozenset[str]) -> tuple[int, int, str, None]:
    """« le roi Prénom II de Pays », which the NER reads as one name: a state's name after « de » that ends a name
    right after a title is the title's complement, not part of the name."""
    start, end, how, _ = candidate
    if how != "ner-person" or start == 0 or doc[start - 1].lower_ not in titles:
        return candidate
    of = next((at - 1 for at, stop in states.items() if stop == end and start < at - 1 < end), None)
    return (start, of, how, None) if of is not None and doc[of].lower_ in {"de", "d'", "du"} else candidate


_OPENING, _CLOSING_BRACKETS = {"(", "["}, {")", "]"}
def _initials_cover(acronym: str, words: list[str]) -> bool:
    letters = iter(w[:1] for w in words if w[:1].isupper())
    return all(any(letter == c for letter in letters) for c in acronym)


def spelled_acronym(doc: Doc, start: int, end: int) -> bool:
    """« des systèmes X-ABC [Alpha Bravo Charlie System] », « le CDRS (Centre de Recherche Stratégique) »: the
    capitalised words in brackets after an acronym whose letters their initials spell out, in order, are its
    expansion, no person."""
    at = start
    while at > 0 and start - at < 12 and doc[at].text not in _OPENING:
        if doc[at].text in _CLOSING_BRACKETS:
            return False
        at -= 1
    if at < 1 or doc[at].text not in _OPENING:
        return False
    acronym = doc[at - 1].text
    if len(acronym) < 3 or not acronym.isalpha() or not acronym.isupper():
        return False
    close = next((t.i for t in doc[end:end + 12] if t.text in _CLOSING_BRACKETS), None)
    if close is None:
        return False
    return _initials_cover(acronym, [w for t in doc[at + 1:close] for w in t.text.split("/")])


_NOT_A_HOLDER = {"à", "au", "aux", "en", "de", "d'", "du", "des", "dans", "vers", "depuis", "près", "le", "la", "l'"}
_APPOSED = {"son", "sa", "leur", "le", "la", "l'"}


def title_after(doc: Doc, ent: Span, titles: frozenset[str]) -> bool:
    """« un entretien avec Prénom Nom Nom, son homologue », « reçu par Prénom Nom, ministre de ... »: capitalised
    words the NER calls a place, of two to five words, set off by a comma before a title in lowercase (past its
    article or possessive), are a person, unless a place's preposition, an article or a punctuation mark comes
    before them (« à Grand Nom, le ministre », « Nom Nom, le ministre » opening a sentence)."""
    start, end = ent.start, ent.end
    if not 2 <= end - start <= 5 or end + 2 >= len(doc) or doc[end].text != "," or \
            (start > 0 and (doc[start - 1].lower_ in _NOT_A_HOLDER or doc[start - 1].is_punct)) or start == 0:
        return False
    at = end + 2 if doc[end + 1].lower_ in _APPOSED else end + 1
    word = doc[at]
    return word.text.islower() and word.is_alpha and word.pos_ == "NOUN" and \
        (word.lower_ in titles or word.lower_ in word_list("counterpart-nouns.tsv")) and \
        all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES or t.text == "-" for t in ent)


def name_after_complement(ent: Span, titles: frozenset[str]) -> Span | None:
    """« le ministre délégué chargé de la Défense Nom Prénom » (a place to the NER), « le ministre du Travail Prénom
    Nom » (an organisation): the capitalised noun ending a title's complement, then two to four names, is the holder's
    name; an organisation's only right after a title and its « de » (not « le directeur de la Société X Y »)."""
    doc = ent.doc
    head, names = ent[0], ent[1:]
    of = _complement_of(doc, ent.start)
    place = of is not None and doc[of].lower_ == "pour" and head.pos_ == "PROPN"  # « l'envoyé pour la Région X Y »
    if not 2 <= len(names) <= 4 or (head.pos_ != "NOUN" and not place) or not head.is_title or of is None or \
            names[0].pos_ != "PROPN" or not all(t.pos_ in _NAME_TAGS and t.is_title and t.is_alpha for t in names):
        return None
    if ent.label_ == "ORG":  # « le président du Conseil Prénom Industries »: a firm's name ends so, no one's
        ends = word_list("firm-name-ends.tsv") | word_list("institution-name-ends.tsv") | \
            word_list("body-name-words.tsv")
        return names if of > 0 and doc[of - 1].lower_ in titles & name_titles() and names[-1].lower_ not in ends \
            else None
    return names if any(t.lower_ in titles for t in doc[max(0, ent.start - 12):ent.start]) else None


_NAME_TAGS = {"PROPN", "NUM"}  # the tagger reads some capitalised surnames as number words


def _complement_of(doc: Doc, start: int) -> int | None:
    """Where the « de la », « du », « des », « pour le » before a complement's noun at `start` begins, if one does."""
    if start >= 1 and doc[start - 1].lower_ in {"du", "des"}:
        return start - 1
    if start >= 2 and doc[start - 1].pos_ == "DET" and doc[start - 2].lower_ in {"de", "d'", "pour"}:
        return start - 2
    return None


def with_first_name(candidate: tuple[int, int, str, None], known: set[int], doc: Doc,
                    titles: frozenset[str]) -> tuple[int, int, str, None]:
    """« Prénom Nom le ministre géorgien ... », where the NER reads the first name alone as a place: a
    capitalised word it tags on its own right before the name, which the reference data does not know, opens
    the name (not « à Paris Prénom Nom », nor the last word of a title: « le ministre de la Défense Prénom Nom »)."""
    start, end, how, _ = candidate
    before = doc[start - 1] if start > 0 else None
    if how != "ner-person" or before is None or before.i in known or before.ent_type_ not in {"LOC", "MISC"} or \
            before.lower_ in titles or before.pos_ != "PROPN" or \
            before.ent_iob_ != "B" or not before.is_alpha or not before.is_title or \
            (before.i > 0 and doc[before.i - 1].lower_ in {"à", "au", "en", "de", "du", "d'", "le", "la", "l'", "les"}):
        return candidate
    return start - 1, end, how, None


_IBERIAN_LINKS = {"e", "y", "da", "das", "do", "dos"}


def with_second_surname(candidate: tuple[int, int, str, None], doc: Doc) -> tuple[int, int, str, None]:
    """« Prénom Nom y Nom », « Prénom da Nom e Nom », which the NER cuts before the link: a Spanish or Portuguese
    link word and one or two capitalised words up to a punctuation mark go on with the name."""
    start, end, how, _ = candidate
    if how != "ner-person" or end + 1 >= len(doc) or doc[end].lower_ not in _IBERIAN_LINKS:
        return candidate
    stop = end + 1
    while stop < len(doc) and stop - end <= 2 and doc[stop].is_alpha and doc[stop].text[:1].isupper():
        stop += 1
    return (start, stop, how, None) if stop > end + 1 and (stop == len(doc) or doc[stop].is_punct) else candidate


def glued_name(span: Span, titles: frozenset[str]) -> bool:
    """« le ministre Prénom Nom », « le général Prénom Nom » the NER calls ORG: a name of two to four capitalised
    nouns right after a word that names the person after it (lexicon.name_titles), itself after an article."""
    doc = span.doc
    return span.start > 1 and doc[span.start - 1].lower_ in name_titles() & titles | word_list("military-ranks.tsv") \
        and doc[span.start - 2].lower_ in {"le", "la", "l'", "du", "au"} and len(span) <= 4 and \
        span[0].pos_ == "PROPN" and all(t.pos_ in {"PROPN", "NOUN"} for t in span)


def past_rank(candidate: tuple[int, int, str, None], doc: Doc) -> tuple[int, int, str, None]:
    """« du Général de Brigade Prénom Nom », which the NER cuts after the rank's first word (« Brigade Prénom
    Nom ») or reads whole: a rank in several words that runs into a name is no part of it; nor are the initials of
    a qualification right after a rank (« le colonel B.E.M. Prénom Nom »)."""
    start, end, how, _ = candidate
    if how != "ner-person":
        return candidate
    for begin in range(max(0, start - 3), start + 1):
        stop = begin + rank_words(lowers(doc)[begin:end])
        if start < stop and end - stop >= 2 and doc[stop].text[:1].isupper():
            return stop, end, how, None
    ranks = word_list("military-ranks.tsv")
    after_rank = start > 0 and (doc[start - 1].lower_ in ranks or any(
        begin + rank_words(lowers(doc)[begin:start]) == start for begin in range(max(0, start - 4), start)))
    if after_rank and end - start >= 3 and _QUALIFICATION.fullmatch(doc[start].text):
        return start + 1, end, how, None  # « le colonel B.E.M. Prénom Nom »: the rank's qualification, no initials
    return candidate


_QUALIFICATION = re.compile(r"(?:[A-Z]\.){2,}")  # « B.E.M. »: a staff qualification's initials after a rank


def name_after_rank(span: Span) -> Span | None:
    """« Général de Division Prénom Nom », which the NER reads as one name: the capitalised words after a rank
    written in several words."""
    start = span.start + rank_words(lowers(span.doc)[span.start:span.end])
    return span.doc[start:span.end] if span.start < start and span.end - start >= 2 and all(
        t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in span.doc[start:span.end]) else None


def past_style(words: Sequence[str], at: int) -> int:
    """Past a style of address and the honorifics after it (« Son Altesse Royale le Prince », « Sa Majesté le
    Roi », « S.E. M. ») from `at` in lowercase `words`; `at` itself when no style starts there."""
    styles = word_list("court-styles.tsv")
    look = at + 1 if at + 1 < len(words) and words[at] in {"son", "sa"} and words[at + 1] in styles else at
    if look >= len(words) or words[look] not in styles:
        return at
    honorifics = word_list("honorifics.tsv") | {"le", "la", "l'"}
    while look < len(words) and (words[look] in styles or words[look] in honorifics):
        look += 1
    return look


def past_title(doc: Doc, start: int, end: int, titles: frozenset[str]) -> int:
    """« Sa Majesté le Roi Mohammed VI »: a known person's name the data gives with its title (« roi Mohammed VI »)
    starts after the title's words, which are read as the title of the name after them."""
    at = start
    while at < end - 1 and doc[at].lower_ in titles:
        at += 1
    return at if doc[at].text[:1].isupper() else start


def surname_after_title(span: Span) -> Span | None:
    """« a poursuivi le Ministre Dupont », « reçu par le Président Durand », which the NER reads as one place or
    body with the title: after an article, a capitalised word that names the person after it (name_titles) and
    one proper noun written as a surname (no demonym: « le Ministre Togolais » is a post; no firm's name end: « le
    Général Motors ») is that person."""
    doc = span.doc
    if len(span) != 2 or span.start == 0 or doc[span.start - 1].lower_ not in {"le", "la", "du", "au"} or \
            not span[0].text[:1].isupper() or span[0].lower_ not in name_titles():
        return None
    word = span[1]
    if word.pos_ != "PROPN" or not word.is_alpha or not word.text[:1].isupper() or not word.text[1:].islower() or \
            len(word) < 3 or word.lower_ in name_titles() | gz.french_demonyms() | word_list("firm-name-ends.tsv"):
        return None
    return span[1:]


NAME_PARTICLES = {"bin", "bint", "ben", "ibn", "al", "el", "abu", "abou", "ould"}
_OPENING_QUOTES = {"«", '"', "\u201c", "\u2018"}


def name_after_title(span: Span, titles: frozenset[str]) -> Span | None:
    """« Premier ministre Kyriakos Mitsotakis », « Finances Ivan Petrov », which the NER calls MISC or ORG: the
    capitalised words after the words of a title."""
    doc, start = span.doc, span.end
    # « Altesse Royale le Prince Prénom ben Nom »: a particle between capitalised words is part of the name
    while start > span.start and doc[start - 1].lower_ not in titles and (doc[start - 1].text[:1].isupper() or (
            doc[start - 1].lower_ in NAME_PARTICLES and start - 1 > span.start and doc[start - 2].text[:1].isupper()
            and doc[start - 2].lower_ not in titles)):
        start -= 1
        if start - 2 > span.start and doc[start - 1].text == "-" and doc[start - 2].lower_ in NAME_PARTICLES:
            start -= 2  # « Prénom al-Nom »: the particle glued to the surname
    # « Général-major Prénom Nom »: a title glued by a hyphen to a lowercase word ends there too
    ends_title = doc[start - 1].lower_ in titles or (
        start - 2 > span.start and doc[start - 2].text == "-" and doc[start - 3].lower_ in titles)
    if span.end - start < 2 or not ends_title or (start == span.start and not glued_name(span, titles)):
        return None
    if span.start > 0 and span.doc[span.start - 1].text in _OPENING_QUOTES:
        return None  # « Air Force One »: a quoted name is a nickname or a vehicle's, not a person's
    if any(c.isdigit() for c in span.doc[start:span.end].text):
        return None
    return span.doc[start:span.end]


def name_after(tokens: Sequence[Token], at: int) -> bool:
    """« vice-ministre de la Défense Dao Quang Lam »: two capitalised proper nouns right after a capitalised
    common noun start the name the NER missed, not the rest of the title before it."""
    return 0 < at < len(tokens) - 1 and tokens[at - 1].pos_ == "NOUN" and tokens[at - 1].text[:1].isupper() and \
        all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in tokens[at:at + 2])
