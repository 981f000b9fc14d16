"""Titles whose head a plural title gives them (« les ministres de la Défense de Pays A, X, et de l'Intérieur de
Pays B, Y », « les ambassadeurs de Pays A, X, de Pays B, Y, et de Pays C, Z »): after the first complement and its
holder, each « , [et] de ... » names one more post of the same head, with its own state and holder; an item whose
complement names no state (a body) gives no post but keeps the list going."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.function_words import DE_CASES
from kg.extract.mentions import Mention
from kg.extract.name_slots import past_honorifics
from kg.extract.own_words import label_role
from kg.extract.people import Title
from kg.extract.syntax import Sentence
from kg.gazetteer import Role

_REACH = 10  # words of the second complement, up to its comma


def gapped_titles(sentence: Sentence, titles: list[Title]) -> list[Title]:
    """The second post of each plural title followed by « , X, et de <complement>, Y »: the title's head with that
    complement, of the state it names, which Y holds."""
    doc, end, found = sentence.doc, sentence.span.end, []
    for title in titles:
        said = doc[title.start].lower_
        if not (title.role.complements or title.org is not None) or not said.endswith(("s", "x")) or \
                title.end + 4 >= end or \
                doc[title.end].text != ",":
            continue
        first = _person_at(sentence, title.end + 1)
        if first is None:
            continue
        at = first.end
        while at + 2 < end and (doc[at].text == "," or doc[at].lower_ == "et"):  # « X et de B, Y » too
            case = at + 2 if doc[at].text == "," and doc[at + 1].lower_ == "et" else at + 1
            if doc[case].lower_ not in DE_CASES:
                break
            holder = _holder_after(sentence, case)
            if holder is None:
                break
            if (second := _second(sentence, said[:-1], case, title.role)) is not None:
                found.append(second)
            at = holder.end
    return found


def _holder_after(sentence: Sentence, start: int) -> Mention | None:
    """The person named right after the first comma of the complement at `start`, or none."""
    doc, end = sentence.doc, sentence.span.end
    for look in range(start + 1, min(start + _REACH, end - 1)):
        if doc[look].text == ",":
            return _person_at(sentence, look + 1)
        if doc[look].pos_ in {"VERB", "AUX"}:
            return None
    return None


def _person_at(sentence: Sentence, at: int) -> Mention | None:
    """The person named at token `at`, past the styles and honorifics before the name (« S.E. M. X »)."""
    start = past_honorifics(sentence, at) if at < sentence.span.end else at
    person = sentence.mention_at(sentence.doc[start]) if start < sentence.span.end else None
    return person if person is not None and person.how == gz.PERSON and person.start == start else None


def _second(sentence: Sentence, head: str, start: int, first: Role) -> Title | None:
    """The complement from `start` up to a comma before a person's name, read as the post `head` + complement; the
    `first` title's post when the complement names only a state (« les ambassadeurs de Pays A, X, et de Pays B, Y »)."""
    doc, end = sentence.doc, sentence.span.end
    state = None
    for look in range(start + 1, min(start + _REACH, end - 1)):
        token = doc[look]
        if token.text == ",":
            if _person_at(sentence, look + 1) is None or state is None:
                return None
            stop = state.start
            while stop > start + 1 and doc[stop - 1].lower_ in DE_CASES | {"la", "le", "l'", "les"}:
                stop -= 1  # « de sécurité publique [du] Pays »: the post's words, not the state's
            if stop == start + 1:
                return Title(start, look, first, state, None)
            label = f"{head} {doc[start:stop].text}"
            return Title(start, look, label_role(label), state, None)
        if token.pos_ in {"VERB", "AUX"} or (token.is_punct and token.text not in {"-", "'"}):
            return None
        mention = sentence.mention_at(token)
        if mention is not None and mention.state is not None and mention.how in {gz.NAME, gz.DEMONYM}:
            state = state or mention
    return None
