"""Acronyms an article gives a post in brackets right after its title (« le directeur général des opérations
(DGO) »): the acronym used alone later (« le DGO a reçu ... ») names that post, held by the person who holds it, and
is never a body or a state."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from kg.extract.mentions import Mention
from kg.extract.people import RoleIndex, Title, Words, find_titles
from kg.extract.syntax import Sentence
from kg.gazetteer import Role
from kg.text import fold

_LETTERS = (2, 7)  # « DG », « CEMGA »: an acronym of a post is short
_BETWEEN = 5  # the lowercase words a title's own complement may run on past its end before the bracket
_PARTS = re.compile(r"[-']")  # the parser reads the text with plain apostrophes


def _acronym(text: str) -> bool:
    return _LETTERS[0] <= len(text) <= _LETTERS[1] and text.isalpha() and text.isupper()


def _spells(acronym: str, words: Iterable[Token]) -> bool:
    """The acronym's first letter is the title's, and its others are initials of the title's words, in order
    (« chef d'état-major des armées »: CEMA)."""
    initials = [fold(part[0]).upper() for t in words for part in _PARTS.split(t.text) if part]
    if not initials or initials[0] != acronym[0]:
        return False
    rest = iter(initials[1:])
    return all(any(letter == c for letter in rest) for c in acronym[1:])


def _defined(doc: Doc, title: Title, stop: int) -> str | None:
    """The acronym in brackets right after the title (past a few lowercase words of its complement), if its letters
    spell the title: « le chef d'état-major de l'armée de terre (CEMAT) »."""
    at = title.end
    while at < stop and at - title.end < _BETWEEN and doc[at].text != "(" and \
            (doc[at].is_lower or doc[at].text == "'"):
        at += 1
    if at + 2 >= stop or doc[at].text != "(" or doc[at + 2].text != ")":
        return None
    acronym = doc[at + 1].text
    return acronym if _acronym(acronym) and _spells(acronym, doc[title.start:at]) else None


def defined(docs: Iterable[Doc], index: RoleIndex, words_of: Words) -> dict[str, Role]:
    """The acronyms the article defines for posts, each with its post (the first definition wins)."""
    found: dict[str, Role] = {}
    for doc in docs:
        for span in doc.sents:
            if not any(t.text == "(" and t.i + 1 < span.end and _acronym(doc[t.i + 1].text) for t in span):
                continue
            for title in find_titles(Sentence(span, "", 0, []), index, words_of):  # the titles alone
                if (acronym := _defined(doc, title, span.end)) is not None:
                    found.setdefault(acronym, title.role)
    return found


def without(mentions: list[Mention], doc: Doc, acronyms: dict[str, Role]) -> list[Mention]:
    """The mentions less those of a post's acronym: « le CEMA » is its holder, no organisation."""
    return [m for m in mentions if not (m.end - m.start == 1 and doc[m.start].text in acronyms)] \
        if acronyms else mentions


def acronym_titles(sentence: Sentence, acronyms: dict[str, Role]) -> list[Title]:
    """The post acronyms a sentence uses alone, as titles of their posts (not the definition in brackets)."""
    doc = sentence.doc
    return [Title(t.i, t.i + 1, role, None, None) for t in sentence.tokens if (role := acronyms.get(t.text))
            is not None and not (t.i > 0 and doc[t.i - 1].text == "(")] if acronyms else []
