"""Posts people hold, read from titles next to names: « le ministre finlandais de la Défense, Ilkka Virtanen »,
« Anna Lind, conseillère du président Ilkka Virtanen »."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence
from kg.gazetteer import Gazetteer, Role
from kg.nlp import model, plain

_OF = {"de", "du", "des", "d'", "de la", "de l'"}
_DETERMINERS = {"le", "la", "l'", "les", "un", "une", "son", "sa", "leur"}


@dataclass(frozen=True)
class Title:
    """A title in the text: tokens [start, end), the post, and the state or organisation it names."""

    start: int
    end: int
    role: Role
    org: Mention | None
    of_person: Mention | None  # « conseillère du président Ilkka Virtanen »


@cache
def _words(text: str) -> tuple[str, ...]:
    return tuple(t.lower_ for t in model().make_doc(plain(text)))


def _matches(tokens: list[Token], at: int, words: tuple[str, ...]) -> bool:
    return at + len(words) <= len(tokens) and all(tokens[at + k].lower_ == w for k, w in enumerate(words))


def _roles_by_first_word(gaz: Gazetteer) -> dict[str, list[tuple[tuple[str, ...], Role, bool]]]:
    """first word -> (words, role, is_head) for every head and full label of every post."""
    index: dict[str, list[tuple[tuple[str, ...], Role, bool]]] = {}
    for role in gaz.roles:
        for head in role.heads:
            words = _words(head)
            index.setdefault(words[0], []).append((words, role, True))
        for label in role.labels:
            words = _words(label)
            if words:
                index.setdefault(words[0], []).append((words, role, False))
    return index


_INDEX: dict[int, dict[str, list[tuple[tuple[str, ...], Role, bool]]]] = {}


def find_titles(sentence: Sentence, gaz: Gazetteer) -> list[Title]:
    index = _INDEX.setdefault(id(gaz), _roles_by_first_word(gaz))
    tokens = list(sentence.span)
    titles: list[Title] = []
    i = 0
    while i < len(tokens):
        best: tuple[int, Role, Mention | None, Mention | None] | None = None
        for words, role, is_head in index.get(tokens[i].lower_, []):
            if not _matches(tokens, i, words):
                continue
            end, org = i + len(words), None
            end, org = _demonyms(sentence, tokens, end, org)
            chosen = role
            if is_head:
                chosen, end = _complement(index, tokens, i, words, end, role)
                end, org = _demonyms(sentence, tokens, end, org)
            end, org, of_person = _of_complement(sentence, tokens, end, org)
            if best is None or end > best[0]:
                best = (end, chosen, org, of_person)
        if best is None:
            i += 1
            continue
        end, role, org, of_person = best
        titles.append(Title(tokens[i].i, tokens[end - 1].i + 1 if end > i else tokens[i].i + 1, role, org, of_person))
        # « conseiller du président X »: the inner title is read too
        i = i + 1 if of_person is not None else max(end, i + 1)
    return titles


def _demonyms(sentence: Sentence, tokens: list[Token], end: int, org: Mention | None) -> tuple[int, Mention | None]:
    while end < len(tokens):
        mention = sentence.mention_at(tokens[end])
        if mention is None or mention.state is None:
            break
        # a demonym (« ministre turc »), or a body the complement runs into (« chef de la [diplomatie iranienne] »)
        if not (mention.how == gz.DEMONYM or (mention.how == gz.BODY and mention.start < tokens[end].i)):
            break
        if org is None:  # the post is in the state the words name
            org = mention if mention.how == gz.DEMONYM else Mention(mention.start, mention.end, mention.state,
                                                                     gz.DEMONYM, mention.state)
        end = mention.end - tokens[0].i
    return end, org


def _complement(index: dict[str, list[tuple[tuple[str, ...], Role, bool]]], tokens: list[Token], start: int,
                head: tuple[str, ...], end: int, fallback: Role) -> tuple[Role, int]:
    """The post whose complement follows the head (« ministre [ukrainien] de la Défense »)."""
    best_role, best_end = fallback, end
    for words, role, is_head in index.get(head[0], []):
        if not is_head or words != head:
            continue
        for complement in role.complements:
            comp = _words(complement)
            if _matches(tokens, end, comp) and end + len(comp) > best_end:
                best_role, best_end = role, end + len(comp)
    if best_end == end and fallback.complements:
        # the head alone: the post of this head that needs no complement, if any
        for words, role, is_head in index.get(head[0], []):
            if is_head and words == head and not role.complements:
                return role, end
    return best_role, best_end


def _of_complement(sentence: Sentence, tokens: list[Token], end: int,
                   org: Mention | None) -> tuple[int, Mention | None, Mention | None]:
    """« de la présidence russe », « du Kremlin », « de l'OTAN », « du président Ilkka Virtanen »; a posting
    (« à Séoul », « en Chine ») is read past."""
    at = end
    if at + 1 < len(tokens) and tokens[at].lower_ in {"à", "en", "au", "aux"}:
        posted = sentence.mention_at(tokens[at + 1])
        if posted is not None and posted.how in {gz.CAPITAL, gz.CITY, gz.NAME}:
            end = at = posted.end - tokens[0].i
    if at < len(tokens) and tokens[at].lower_ in {"de", "du", "des", "d'"}:
        at += 1
        while at < len(tokens) and tokens[at].lower_ in _DETERMINERS:
            at += 1
        if at < len(tokens):
            mention = sentence.mention_at(tokens[at])
            if mention is not None and mention.how in {gz.NAME, gz.BODY, gz.ORGANISATION, gz.COMPANY, gz.CAPITAL,
                                                       "ner-org"}:
                return at + (mention.end - mention.start), org or mention, None
            # « du président Ilkka Virtanen »: a person by their title
            for look in range(at, min(at + 4, len(tokens))):
                if tokens[look].is_punct:
                    break
                person = sentence.mention_at(tokens[look])
                if person is not None and person.how == gz.PERSON:
                    return look + (person.end - person.start), org, person
            # « de la présidence russe » when the body is not in the data: the demonym still names the state
            if at + 1 < len(tokens):
                demonym = sentence.mention_at(tokens[at + 1])
                if demonym is not None and demonym.how == gz.DEMONYM and tokens[at].pos_ == "NOUN":
                    return at + 2, org or demonym, None
    return end, org, None


def holder_of(sentence: Sentence, title: Title) -> Mention | None:
    """The person a title belongs to: right after it (« le président X », « le ministre, X, ») or right before
    it (« X, conseiller du président »)."""
    doc = sentence.doc
    after = title.end
    if after < sentence.span.end and doc[after].text == ",":
        after += 1
    if after < sentence.span.end:
        mention = sentence.mention_at(doc[after])
        if mention is not None and mention.how == gz.PERSON and mention.start == after:
            return mention
    before = title.start - 1
    while before >= sentence.span.start and doc[before].lower_ in _DETERMINERS:
        before -= 1
    if before >= sentence.span.start and doc[before].text == ",":
        mention = sentence.mention_at(doc[before - 1]) if before - 1 >= sentence.span.start else None
        if mention is not None and mention.how == gz.PERSON and mention.end == before:
            return mention
    return None
