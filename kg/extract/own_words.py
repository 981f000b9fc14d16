"""Posts named in the article's own words: a title the data does not know (« secrétaire du Conseil suprême de la
sécurité », « chef de la junte ») read up to a name, a demonym, another title, a comma or a verb, as a Role under
OWN_WORDS."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.dates import WEEKDAYS
from kg.extract.lexicon import name_titles, word_list
from kg.extract.name_slots import name_slot
from kg.extract.person_spans import name_after
from kg.extract.syntax import Sentence
from kg.gazetteer import Role
from kg.namespaces import KGR
from kg.text import fold

if TYPE_CHECKING:
    from kg.extract.people import RoleIndex

OWN_WORDS = KGR["role-text-"]
_OWN_REACH = 7
_TRAILING = {"de", "du", "des", "d'", "la", "le", "l'", "les", "et", "à", "au", "aux", "en", "pour"}
CIVILITIES = {"m.", "mm.", "mme", "mmes", "mlle", "mr", "mrs"}


def is_own_words(role: Role) -> bool:
    return role.iri.startswith(str(OWN_WORDS))


def own_words(sentence: Sentence, tokens: Sequence[Token], start: int, end: int,
               index: RoleIndex) -> tuple[Role | None, int]:
    """« secrétaire du Conseil suprême de la sécurité [iranien] », « chef de la junte »: a post the data does
    not know, named by the words of its title up to a name, a demonym, another title, a comma or a verb."""
    stop = end
    while stop < min(end + _OWN_REACH, len(tokens)):
        token = tokens[stop]
        if sentence.mention_at(token) is not None or token.lower_ in index or \
                token.lower_ in CIVILITIES | WEEKDAYS or _next_person(tokens, stop) or \
                (token.is_punct and token.text not in {"-", "'"}) or \
                token.pos_ not in {"ADP", "DET", "NOUN", "ADJ", "PROPN", "CCONJ"} or \
                (token.pos_ == "PROPN" and not token.text[:1].isupper()) or name_after(tokens, stop) or \
                [t.lower_ for t in tokens[stop:stop + 2]] == ["en", "poste"] or opens_object(tokens, stop) or \
                _country_again(tokens, stop) or _given_name_title(sentence, tokens, stop) or \
                _name_after_rank(sentence, tokens, start, stop):  # « en poste à Ville »
            break
        stop += 1
    while stop > end and tokens[stop - 1].lower_ in _TRAILING | {"et", "ou"}:
        stop -= 1
    if stop == end or tokens[end].lower_ not in _TRAILING:
        return None, end
    return text_role(tokens[start:stop]), stop


def _name_after_rank(sentence: Sentence, tokens: Sequence[Token], start: int, at: int) -> bool:
    """« le général de division Prénom al-Nom »: after the words of a rank, capitalised words the NER missed start
    the holder's name, no part of the rank."""
    return tokens[start].lower_ in word_list("military-ranks.tsv") and tokens[at].text[:1].isupper() and \
        name_slot(sentence, tokens[at].i, glued=True) is not None


def _given_name_title(sentence: Sentence, tokens: Sequence[Token], at: int) -> bool:
    """« vice-ministre du cabinet Cheikh Prénom bin Nom »: a capitalised title of the given-name kind right before
    a person's name opens the name's phrase, no part of the post."""
    return at + 1 < len(tokens) and tokens[at].text[:1].isupper() and \
        tokens[at].lower_ in word_list("given-name-titles.tsv") and \
        (person := sentence.mention_at(tokens[at + 1])) is not None and person.how == gz.PERSON


def opens_object(tokens: Sequence[Token], at: int) -> bool:
    """« au président [les salutations] du ministre X »: an article right after a noun (not after a preposition)
    followed by a noun that is no title or rank opens a new phrase, the clause's object, no part of the title."""
    token, before = tokens[at], tokens[at - 1]
    if token.lower_ not in {"le", "la", "l'", "les"} or not token.text.islower() or \
            before.pos_ not in {"NOUN", "ADJ", "PROPN"} or at + 1 >= len(tokens):
        return False
    after = tokens[at + 1]
    return after.pos_ == "NOUN" and after.text.islower() and after.lower_ not in name_titles() and \
        after.lower_ not in word_list("military-ranks.tsv")


def _country_again(tokens: Sequence[Token], at: int) -> bool:
    """« premier président du pays, X »: « le pays » with no adjective names a state again, no body of the post."""
    return [t.lower_ for t in tokens[at - 1:at + 1]] == ["du", "pays"] and \
        (at + 1 >= len(tokens) or tokens[at + 1].pos_ != "ADJ")


def text_role(words: Sequence[Token]) -> Role:
    return label_role("".join(t.text_with_ws for t in words).strip())


def label_role(label: str) -> Role:
    """A post the data does not know, named by its own words."""
    return Role(str(OWN_WORDS) + re.sub(r"[^a-z0-9]+", "-", fold(label)).strip("-"), label, (), (), ())


def _next_person(tokens: Sequence[Token], at: int) -> bool:
    """« et Mme », « et M. »: a coordination that starts the next person's phrase."""
    return tokens[at].lower_ in {"et", ","} and at + 1 < len(tokens) and tokens[at + 1].lower_ in CIVILITIES
