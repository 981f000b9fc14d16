"""Names listed after a plural title (« les présidents Nom et Autre », « des généraux A, B et C »): communiqués
name the holders of one post together so, each by their surname alone, which then names a person as it does
after the title in the singular (« le président Nom »)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import gazetteer as gz
from kg.extract.dates import MONTHS, WEEKDAYS
from kg.extract.lexicon import name_titles
from kg.extract.mentions import Mention
from kg.extract.plural_words import singular
from kg.extract.syntax import Sentence
from kg.records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc

_LIST_REACH = 12  # tokens from a plural title to the last name of its list (up to four names of up to two words)
_JOINS = {",", "et"}
_DAYS = MONTHS | WEEKDAYS


def _name_word(text: str) -> bool:
    """A word of a name in a list: capitalised (« Moon », « Jae-in » in pieces) or a hyphen between pieces."""
    return text == "-" or (text[:1].isupper() and text.replace("-", "").isalpha())


def _plural_title(word: str) -> bool:
    """« présidents », « ministres », « généraux »: a title that names its holder right after it, in the plural."""
    titles = name_titles()
    return word not in titles and (bare := singular(word)) is not None and bare in titles


def listed_after_plural_title(doc: Doc, start: int) -> bool:
    """The name at `start` is one of two or more listed right after a plural title (« les présidents X et Y »,
    « des ministres X, Y et Z »), with nothing but names and their joins between them."""
    at, joined = start, False
    while at > 0 and start - at < _LIST_REACH:
        word = doc[at - 1]
        if _plural_title(word.lower_):
            break
        if word.lower_ in _JOINS:
            joined = True
        elif not _name_word(word.text):
            return False
        at -= 1
    else:
        return False
    return joined or _list_goes_on(doc, start)


def _list_goes_on(doc: Doc, start: int) -> bool:
    """The name at `start`, the first after its title, is followed by a join and another name (« X et Y »)."""
    at = start + 1
    while at < len(doc) and doc[at].text != "," and _name_word(doc[at].text) and at - start < 3:
        at += 1
    return at + 1 < len(doc) and doc[at].lower_ in _JOINS and doc[at + 1].text[:1].isupper() and \
        _name_word(doc[at + 1].text)


_NAMES_MAX = 4  # names in one list
_NAME_WORDS = 2  # words of one name in a list (« Moon Jae-in » as the NER splits it: in pieces)


def listed_names(sentence: Sentence, at: int) -> list[Mention]:
    """« les présidents X et Y » where the NER missed a name or read it as a place: the two to four names listed
    from `at` (right after a plural title), each one or two capitalised words the reference data does not know as
    anything but a person, up to the end of the list (a lowercase word, a punctuation mark)."""
    doc, end = sentence.doc, sentence.span.end
    names: list[Mention] = []
    while at < end and len(names) < _NAMES_MAX:
        stop = at
        while stop < end and stop - at < _NAME_WORDS and _name_word(doc[stop].text) and doc[stop].text != "-" and \
                doc[stop].lower_ not in _DAYS and not _known(sentence, stop):
            stop += 1
        if stop == at:
            return []
        person = sentence.mention_at(doc[at])
        names.append(person if person is not None and person.how == gz.PERSON and (person.start, person.end) == (
            at, stop) else Mention(at, stop, Entity("person:" + doc[at:stop].text, doc[at:stop].text, "Person"),
                                   gz.PERSON))
        if stop + 1 < end and doc[stop].lower_ in _JOINS and _name_word(doc[stop + 1].text):
            at = stop + 1
            continue
        closed = stop >= end or doc[stop].is_punct or doc[stop].text.islower()
        return names if len(names) > 1 and closed else []
    return []


def _known(sentence: Sentence, at: int) -> bool:
    """A word the reference data names (a state, a place, a body), not a person the NER alone reads."""
    mention = sentence.mention_at(sentence.doc[at])
    return mention is not None and mention.how != gz.PERSON and mention.entity.iri is not None
