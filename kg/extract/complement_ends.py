"""Words that end the unread complement of a title before a name (kg.extract.unread_complements): a new object or a
participle's agent, a second party joined by « et », not two places of the complement joined by « et »; and the
asides it runs past (a state in brackets, a proper name in quotation marks)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.lexicon import name_titles, word_list
from kg.extract.own_words import opens_object
from kg.extract.syntax import Sentence
from kg.extract.title_complements import DETERMINERS

_ARTICLES = {"le", "la", "l'", "les"}


def new_phrase(sentence: Sentence, at: int, posted: int | None) -> bool:
    """A word that opens a phrase after a title's complement: a new object, a participle's agent, a second party."""
    return _new_object(sentence, at, posted) or _joined_person(sentence, at)


def _new_object(sentence: Sentence, at: int, posted: int | None) -> bool:
    """« a transmis au chef de l'État [les salutations] du président X », « le ministre reçu à Ville [par le
    président] X »: the clause's object (people.opens_object) and the agent of a participle open new phrases; the
    name after them is not the title's."""
    doc = sentence.doc
    if posted is not None and doc[at].lower_ == "par" and (
            at > posted + 1 or doc[at + 1:at + 2].text.lower() in DETERMINERS):
        return True  # « reçu par le président X », « nommé à Ville par le président X »; not « nommé par décret, X »
    if doc[at].lower_ == "par" and doc[at + 1:at + 2].text.lower() in DETERMINERS and \
            doc[at + 2:at + 3].text.lower() in name_titles() | word_list("given-name-titles.tsv"):
        return True  # « nommé prince héritier de Pays par l'émir X »: the agent's own title and name
    return at < sentence.span.end - 1 and opens_object(list(sentence.doc[at - 1:at + 2]), 1)


def _joined_person(sentence: Sentence, conjunction: int) -> bool:
    """« le roi de Pays et X examinent »: a name right after « et » is a second party coordinated with the title,
    not its holder (« le président et Premier ministre X » has a title after « et »)."""
    doc = sentence.doc
    if doc[conjunction].lower_ != "et" or conjunction + 1 >= sentence.span.end:
        return False
    mention = sentence.mention_at(doc[conjunction + 1])
    return mention is not None and mention.how == gz.PERSON and mention.start == conjunction + 1


def places_joined(sentence: Sentence, conjunction: int) -> bool:
    """« conseiller pour le Proche-Orient et l'Asie centrale, X »: « et » joins two places of the complement (names
    the data or the NER knows as places, on both sides), not the next person's title."""
    doc = sentence.doc
    at = conjunction + 1
    while at < len(doc) and doc[at].lower_ in _ARTICLES:
        at += 1
    return at < len(doc) and at > conjunction + 1 and _a_place(sentence, at) and _a_place(sentence, conjunction - 1)


def _a_place(sentence: Sentence, at: int) -> bool:
    token = sentence.doc[at]
    mention = sentence.mention_at(token)
    if mention is not None:
        return mention.how in {gz.NAME, gz.CAPITAL, gz.CITY}
    return token.ent_type_ in {"LOC", "MISC"} and token.text[:1].isupper()


_QUOTES = {'"': '"', "«": "»", "“": "”"}
_QUOTED_REACH = 4  # words of a name in quotation marks


def quoted_name_end(doc: Doc, opening: int, end: int) -> int | None:
    """After « "Nom" », a proper name in quotation marks opening at `opening` (a yard's, a ship's, an operation's)
    that a title's complement runs on past; None for other quotation marks (a quoted saying)."""
    closing = _QUOTES.get(doc[opening].text)
    if closing is None or opening + 1 >= end:
        return None
    close = next((t.i for t in doc[opening + 1:min(opening + 2 + _QUOTED_REACH, end)] if t.text == closing), None)
    return close + 1 if close is not None and close > opening + 1 and doc[opening + 1].text[:1].isupper() and all(
        not t.is_punct or t.text in {"-", "'"} for t in doc[opening + 1:close]) else None


def state_in_brackets(sentence: Sentence, opening: int) -> int | None:
    """After « (Pays) », a state's name alone in brackets opening at `opening`; None for other brackets."""
    mention = sentence.mention_at(sentence.doc[opening + 1]) if opening + 1 < sentence.span.end else None
    if mention is None or mention.how != gz.NAME or mention.start != opening + 1 or \
            mention.end >= sentence.span.end or sentence.doc[mention.end].text != ")":
        return None
    return mention.end + 1
