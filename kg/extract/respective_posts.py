"""Titles handed out in order by « respectivement »: « entouré de A et de B, respectivement directeur de X et
directrice de Y » gives the first title to A, the second to B (as many names before the word as titles after it);
a state that ends the list (« respectivement président et Premier ministre du Pays ») is every title's that names
none of its own; one plural head shares out its complements (« respectivement ministres de la Défense et des
Affaires étrangères »)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.cleaned_names import HONORIFICS
from kg.extract.doc_words import lowers
from kg.extract.mentions import Mention
from kg.extract.own_words import CIVILITIES
from kg.extract.people import RoleIndex, Title, Words, complement_role
from kg.extract.syntax import Sentence
from kg.extract.title_complements import DETERMINERS, of_complement, read_demonyms

_RESPECTIVELY = "respectivement"
_BETWEEN_NAMES = {",", "et", "de", "d'", "madame", "monsieur", "mademoiselle", "."} | CIVILITIES | HONORIFICS


def _respectively(sentence: Sentence) -> list[Token]:
    """The sentence's « respectivement » (found in its lowercase words: a Token's `lower_` is decoded at each read)."""
    words = lowers(sentence.doc)[sentence.span.start:sentence.span.end]
    return [sentence.tokens[at] for at, word in enumerate(words) if word == _RESPECTIVELY] \
        if _RESPECTIVELY in words else []


def respective_holders(sentence: Sentence, titles: list[Title]) -> dict[int, tuple[Mention, Mention | None]]:
    """The start of each title after « respectivement » -> the person before it, in the same order, and the state
    or body the title serves."""
    found: dict[int, tuple[Mention, Mention | None]] = {}
    for word in _respectively(sentence):
        chain = _titles_after(sentence, titles, word.i)
        people = _people_before(sentence, word.i)
        groups = [[title] for title in chain] if len(people) == len(chain) else _held_together(sentence, chain)
        if len(chain) >= 2 and len(people) == len(groups):
            shared = _shared_state(chain)
            found.update((title.start, (person, title.org or (shared if title.of_person is None else None)))
                         for group, person in zip(groups, people, strict=True) for title in group)
    return found


def _held_together(sentence: Sentence, chain: list[Title]) -> list[list[Title]]:
    """« A et B, respectivement T1, T2 et T3 »: more titles than names, the titles joined by a comma are one
    holder's, « et » starts the next holder's (T1 and T2 are A's, T3 is B's)."""
    groups = [[chain[0]]]
    for title in chain[1:]:
        before = sentence.doc[title.start - 1]
        if before.lower_ in DETERMINERS:
            before = sentence.doc[title.start - 2]
        if before.lower_ == "et":
            groups.append([title])
        else:
            groups[-1].append(title)
    return groups


def coordinated_titles(sentence: Sentence, titles: list[Title], index: RoleIndex, words_of: Words) -> list[Title]:
    """« respectivement ministres de la Défense et des Affaires étrangères [du Pays] »: after the title right after
    « respectivement », each complement joined by « et » or a comma that the data knows for the same head is a
    title too."""
    found: list[Title] = []
    for word in _respectively(sentence):
        first = next((t for t in titles if t.start == _past_determiners(sentence, word.i + 1)), None)
        head = next((words_of(h) for h in first.role.heads), None) if first and first.role.complements else None
        while first is not None and head is not None:
            at = first.end - sentence.span.start
            if at + 1 >= len(sentence.lower) or sentence.lower[at] not in {"et", ","}:
                break
            role, end = complement_role(index, words_of, sentence.lower, head, at + 1, first.role)
            if role is None or end == at + 1 or role.iri == first.role.iri:
                break
            end, org = read_demonyms(sentence, sentence.tokens, end, None)
            end, org, _ = of_complement(sentence, sentence.tokens, end, org, index)
            first = Title(sentence.span.start + at + 1, sentence.span.start + end, role, org, None)
            found.append(first)
    return found


def _past_determiners(sentence: Sentence, at: int) -> int:
    while at < sentence.span.end and sentence.doc[at].lower_ in DETERMINERS:
        at += 1
    return at


def _shared_state(chain: list[Title]) -> Mention | None:
    """The state named at the very end of the last title (« ... et Premier ministre du Pays », « ... danois »)."""
    org = chain[-1].org
    return org if org is not None and org.end == chain[-1].end and org.how in {gz.NAME, gz.DEMONYM} and \
        org.state is not None and org.entity.cls == "State" else None


def _titles_after(sentence: Sentence, titles: list[Title], at: int) -> list[Title]:
    """The titles right after `at`, each after « et » or a comma following the one before it (whose words may run
    on past what the title reader took), none after a name."""
    doc, chain = sentence.doc, list[Title]()
    start = _past_determiners(sentence, at + 1)
    first = next((t for t in titles if t.start == start), None)
    if first is None:
        return []
    chain.append(first)
    for title in (t for t in titles if t.start > first.start and not t.inner):
        before = doc[title.start - 1] if doc[title.start - 1].lower_ not in DETERMINERS else doc[title.start - 2]
        persons = [m for m in sentence.mentions if m.how == gz.PERSON and chain[-1].start < m.start < title.start]
        if before.lower_ not in {"et", ","} or persons:
            break
        if any(t.is_punct and t.text not in {",", "-", "'"} for t in doc[chain[-1].end:before.i]):
            break
        chain.append(title)
    return chain


def _people_before(sentence: Sentence, at: int) -> list[Mention]:
    """The names listed right before `at` (« A et B », « A, B et de C », civilities between them)."""
    doc = sentence.doc
    people = sorted((m for m in sentence.mentions if m.how == gz.PERSON and m.end <= at), key=lambda m: m.start)
    listed: list[Mention] = []
    stop = at
    while stop > sentence.span.start and doc[stop - 1].text == ",":
        stop -= 1
    for person in reversed(people):
        if any(t.lower_ not in _BETWEEN_NAMES for t in doc[person.end:stop]) or \
                (not listed and person.end != stop):
            break
        listed.insert(0, person)
        stop = person.start
    return listed
