"""Names the NER reads as people's that name something else, told by what is around them: a place after a
facility noun and « de », or after « à » set off by commas; an honour named before its noun in apposition; a ship
after a weapon noun, a class word or a vessel prefix; a medium described as one; a quoted name; a heading that is a
paragraph of its own."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import name_titles, word_list

_SETTING_OFF = {",", "(", "\u2014", "\u2013"}  # what sets off « à X, » before it


def named_place(doc: Doc, start: int, end: int, places: frozenset[str]) -> bool:
    """« la base aérienne de Prénom Nom », « le port de Nom Nom »: a name after « de » and a place or facility
    noun (past its lowercase qualifiers) names the place; so does a name after « à » set off by punctuation (« ...,
    à Nom Nom, » and « À Nom Nom, » at a sentence's start), where French puts a place, not a person, and one after
    « à » in a list of « à » hung on a noun (« deux projets à Nom Nom et à Nom »), not on a verb (« remis à »)."""
    if start == 0 or end >= len(doc):
        return False
    before = doc[start - 1]
    if before.lower_ == "à" and doc[end].text in {",", ".", ";", ")"} and (
            start == 1 or before.is_sent_start is True or doc[start - 2].text in _SETTING_OFF):
        return True
    if before.lower_ == "à":
        return _listed_sites(doc, start, end)
    if before.lower_ not in {"de", "d'"}:
        return _named_after_someone(doc, start, places)
    at = start - 2
    while at > 0 and start - at <= 4 and doc[at].pos_ == "ADJ" and doc[at].text.islower():
        at -= 1
    return at >= 0 and _place_noun(doc, _past_complements(doc, at, places), places)


@cache
def _english_forces() -> tuple[tuple[str, ...], ...]:
    """The English nouns of armed forces (force-nouns-en.tsv), as lowercase word tuples (made once)."""
    return tuple(tuple(noun.lower().split()) for noun in word_list("force-nouns-en.tsv"))


def force_name(doc: Doc, start: int, end: int) -> bool:
    """« la National Coast Guard », « the Border Guard »: capitalised words that end on the English noun of a force
    name that force, no one."""
    words = tuple(t.lower_ for t in doc[start:end])
    return any(len(noun) <= len(words) and words[-len(noun):] == noun and
               all(t.text[:1].isupper() for t in doc[end - len(noun):end]) for noun in _english_forces())


def _named_after_someone(doc: Doc, start: int, places: frozenset[str]) -> bool:
    """« la base militaire Général Prénom Nom », « l'aéroport Président Prénom Nom »: a name right after a place or
    facility noun (past its lowercase qualifiers and a capitalised title or rank) is the name the place bears."""
    at = start - 1
    if doc[at].text[:1].isupper() and doc[at].lower_ in name_titles():
        at -= 1
    while at > 0 and start - at <= 4 and doc[at].pos_ == "ADJ" and doc[at].text.islower():
        at -= 1
    return at < start - 1 and _place_noun(doc, at, places)


def _place_noun(doc: Doc, at: int, places: frozenset[str]) -> bool:
    return at >= 0 and doc[at].text.islower() and (doc[at].lemma_.lower() in places or doc[at].lower_ in places)


def _past_complements(doc: Doc, at: int, places: frozenset[str]) -> int:
    """« les champs de gaz et de pétrole de Nom Nom »: back from token `at` past the complements of a place
    noun (« de gaz », « et de pétrole »), lowercase nouns after « de », to that noun."""
    for _ in range(3):
        if _place_noun(doc, at, places) or at < 2 or doc[at].pos_ != "NOUN" or not doc[at].text.islower() or \
                doc[at - 1].lower_ not in {"de", "d'"}:
            return at
        back = at - 2 - (doc[at - 2].lower_ == "et")
        if back < 0 or doc[back].pos_ != "NOUN" or not doc[back].text.islower():
            return at
        at = back
    return at


def _listed_sites(doc: Doc, start: int, end: int) -> bool:
    """« des projets à Nom Nom et à Nom »: a list of names each after « à », hung on a noun (the sites of things
    listed), not on a verb (« a remis des médailles à Prénom Nom et à Prénom Nom »)."""
    first = doc[start]
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    after = end + 2 < len(doc) and doc[end].lower_ in {"et", "ou", ","} and doc[end + 1].lower_ == "à" and \
        doc[end + 2].text[:1].isupper()
    return (after or first != doc[start]) and first.head.pos_ == "NOUN" and \
        any(c.dep_ == "case" and c.lower_ == "à" for c in first.children)


_THE_THING = {"le", "la", "l'", "du", "au"}  # an article before a name: a thing's, seldom a person's


def named_honour(doc: Doc, start: int, end: int) -> bool:
    """« a remis à Y le Nom Nom, la plus haute distinction civile du pays »: a name whose apposition, set off by a
    comma, is a noun of honours names the honour."""
    if end >= len(doc) or doc[end].text != "," or start == 0 or doc[start - 1].lower_ not in _THE_THING or \
            doc[end + 1].pos_ != "DET":
        return False  # « X, médaille d'or en 2012, a dit »: a person the apposition describes
    noun = next((t for t in doc[end + 2:end + 6] if t.pos_ in {"NOUN", "PROPN"}), None)
    return noun is not None and noun.text.islower() and (
        noun.lemma_.lower() in word_list("honour-nouns.tsv") or noun.lower_ in word_list("honour-nouns.tsv"))


def heading_line(doc: Doc, start: int, end: int) -> bool:
    """« Thématiques Abordées »: a name that is a whole paragraph of its own, after the title, is a heading (or a
    signature), no person of the story."""
    return start == 0 and end == len(doc) and len(doc) <= 4


_CLASS_WORDS = {"type", "classe"}


_QUOTES = {"«", '"', "“"}
_CLOSING = {"»", '"', "”"}


def quoted_name(doc: Doc, start: int, end: int, titles: frozenset[str]) -> bool:
    """« les exercices « Nom Nom » », « l'opération « Nom Nom » »: a name in quotation marks right after a
    lowercase noun (no title) names the thing the noun is, not a person; so does a name the quotation marks
    enclose whole after no title (« son rôle dans "Nom Nom" », « les « Noms Nom » ont perdu »: a work, a
    nickname), where news writes a person's name bare."""
    if start < 2 or doc[start - 1].text not in _QUOTES:
        return False
    noun = doc[start - 2]
    if noun.lower_ in titles:
        return False
    return (noun.is_alpha and noun.text.islower() and noun.pos_ == "NOUN") or \
        (end < len(doc) and doc[end].text in _CLOSING)


def described_as_medium(doc: Doc, start: int, end: int) -> bool:
    """« relayé par X Y The Z, un média russe », « selon X Y, une agence de presse »: a name (and the capitalised
    words after it) set off by a comma before a medium's noun, its apposition, names the outlet, not a person."""
    at = end
    while at < len(doc) and doc[at].text[:1].isupper() and doc[at].is_alpha:
        at += 1
    if at + 1 >= len(doc) or doc[at].text != ",":
        return False
    noun = doc[at + 2] if doc[at + 1].lower_ in {"un", "une", "le", "la", "l'"} and at + 2 < len(doc) else doc[at + 1]
    return noun.lower_ in word_list("medium-nouns.tsv") or noun.lemma_.lower() in word_list("medium-nouns.tsv")


def named_ship(doc: Doc, start: int, end: int, nouns: frozenset[str], titles: frozenset[str]) -> bool:
    """« la frégate Jean Bart », « le porte-avions Charles de Gaulle », « la frégate de défense aérienne Le
    Chevalier Paul »: a name right after a weapon noun and its lowercase complement names a ship or a system,
    not a person (not « l'avion de X », « l'avion du président X »: whose; nor « le pilote d'hélicoptère X »).
    So does a name of three words or more right after an article (« le Prénom Nom Nom est le navire amiral »,
    « à bord du Prénom Nom Nom »): French puts no article before a person's name without a title. So does a name
    after a navy's vessel prefix (« le KRI Prénom Nom »)."""
    prefixes = word_list("vessel-prefixes.tsv")
    if doc[start].text in prefixes or (start > 0 and doc[start - 1].text in prefixes) or \
            _noun_opened(doc, start, end, nouns):
        return True
    if end - start >= 3 and start > 0 and doc[start - 1].lower_ in {"le", "la", "l'", "du", "au"} and \
            doc[start].lower_ not in titles | word_list("honorifics.tsv") | word_list("military-ranks.tsv"):
        return True
    at = start - 1
    if at > 0 and doc[at].lower_ in _CLASS_WORDS and _class_of(doc[at], nouns):
        return True  # « deux frégates, appartenant à la classe Prénom Nom »
    if at > 0 and doc[at].text in {"Le", "La", "L'"}:
        at -= 1
    if at < 0 or doc[at].lower_ in DE_CASES:
        return False
    while at > 0 and start - at <= 5 and doc[at].text.islower() and doc[at].lemma_.lower() not in nouns and (
            doc[at].pos_ in {"ADJ", "NOUN"} or doc[at].lower_ in {"de", "d'"} or (  # « frégates du type X »
                doc[at].lower_ in {"du", "la"} and doc[at + 1].lower_ in _CLASS_WORDS)):
        at -= 1
    before = doc[at - 1].lower_ if at > 0 else ""
    return (doc[at].lemma_.lower() in nouns or doc[at].lower_ in nouns) and before not in DE_CASES


def _class_of(word: Token, nouns: frozenset[str]) -> bool:
    """A class word told of a weapon noun over the participle the parser hangs it on (« frégates, appartenant à la
    classe X »)."""
    verb = word.head
    return verb.pos_ == "VERB" and verb.dep_ == "acl" and "VerbForm=Part" in str(verb.morph) and (
        verb.head.lemma_.lower() in nouns or verb.head.lower_ in nouns)


_ROMAN = frozenset("IVXL")


def version_name(doc: Doc, start: int, end: int) -> bool:
    """« au standard Block III », « le Mark II »: a word of a version and a number, in figures, letters or Roman
    numerals, names a version of a system, no one."""
    words = [t.text for t in doc[start:end]]
    return len(words) >= 2 and words[0].lower() in word_list("version-nouns.tsv") and all(
        w.isdigit() or set(w) <= _ROMAN or (len(w) == 1 and w.isupper()) for w in words[1:])


def _noun_opened(doc: Doc, start: int, end: int, nouns: frozenset[str]) -> bool:
    """« Chars Zorvak, canons X et drones Y ont été livrés »: a sentence that opens on a weapon noun in the plural,
    capitalised as the first word, and a name after it names a system, not a person « Chars Zorvak »."""
    first = doc[start]
    return end - start >= 2 and bool(first.is_sent_start) and first.text[:1].isupper() and \
        first.lower_.endswith(("s", "x")) and first.lower_.rstrip("sx") in nouns
