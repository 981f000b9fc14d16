"""Posts people hold, read from titles next to names: « le ministre finlandais de la Défense, Ilkka Virtanen »,
« Anna Lind, conseillère du président Ilkka Virtanen »."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence
from kg.gazetteer import Gazetteer, Role

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
    orgs: tuple[Mention, ...] = ()  # a plural title's states in order (« les ministres arménien et azerbaïdjanais »)


Words = Callable[[str], tuple[str, ...]]  # a text as its lowercase tokens, as the parser splits them
RoleIndex = dict[str, list[tuple[tuple[str, ...], Role, bool]]]


def _matches(tokens: list[Token], at: int, words: tuple[str, ...]) -> bool:
    """Token-wise equality; the last word may be plural (« les ministres »)."""
    if at + len(words) > len(tokens):
        return False
    last = len(words) - 1
    return all(tokens[at + k].lower_ == w or (k == last and tokens[at + k].lower_ in {w + "s", w + "x"})
               for k, w in enumerate(words))


def role_index(gaz: Gazetteer, words_of: Words) -> RoleIndex:
    """first word -> (words, role, is_head) for every head and full label of every post; built once per build."""
    index: RoleIndex = {}
    for role in gaz.roles:
        for head in role.heads:
            words = words_of(head)
            index.setdefault(words[0], []).append((words, role, True))
        for label in role.labels:
            words = words_of(label)
            if words:
                index.setdefault(words[0], []).append((words, role, False))
    return index


def find_titles(sentence: Sentence, index: RoleIndex, words_of: Words) -> list[Title]:
    """The post titles of a sentence, longest first at each position, with the state or body they name."""
    tokens = list(sentence.span)
    titles: list[Title] = []
    i = 0
    while i < len(tokens):
        best: tuple[int, Role, Mention | None, Mention | None, tuple[Mention, ...]] | None = None
        word = tokens[i].lower_
        plural = index.get(word[:-1], []) if word.endswith(("s", "x")) else []
        for words, role, is_head in index.get(word, []) + plural:
            if not _matches(tokens, i, words):
                continue
            end, org = i + len(words), None
            listed = _demonym_list(sentence, tokens, end)
            end, org = _demonyms(sentence, tokens, end, org)
            chosen = role
            if is_head:
                chosen, end = _complement(index, words_of, tokens, i, words, end, role)
                listed = listed or _demonym_list(sentence, tokens, end)
                end, org = _demonyms(sentence, tokens, end, org)
            end, org, of_person = _of_complement(sentence, tokens, end, org)
            if len(listed) > 1:
                end = max(end, listed[-1].end - tokens[0].i)
            if best is None or end > best[0]:
                best = (end, chosen, org, of_person, tuple(listed))
        if best is None:
            i += 1
            continue
        end, role, org, of_person, demonyms = best
        titles.append(Title(tokens[i].i, tokens[end - 1].i + 1 if end > i else tokens[i].i + 1, role, org, of_person,
                            demonyms))
        # « conseiller du président X »: the inner title is read too
        i = i + 1 if of_person is not None else max(end, i + 1)
    return titles


def _demonym_list(sentence: Sentence, tokens: list[Token], at: int) -> list[Mention]:
    """« arménien et azerbaïdjanais »: the demonyms of a plural title, in order."""
    found: list[Mention] = []
    while at < len(tokens):
        mention = sentence.mention_at(tokens[at])
        if mention is None or mention.how != gz.DEMONYM:
            break
        found.append(mention)
        at = mention.end - tokens[0].i
        if at < len(tokens) and tokens[at].lower_ in {"et", ","}:
            at += 1
            continue
        break
    return found


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


def _complement(index: RoleIndex, words_of: Words, tokens: list[Token], start: int,
                head: tuple[str, ...], end: int, fallback: Role) -> tuple[Role, int]:
    """The post whose complement follows the head (« ministre [ukrainien] de la Défense »)."""
    best_role, best_end = fallback, end
    for words, role, is_head in index.get(head[0], []):
        if not is_head or words != head:
            continue
        for complement in role.complements:
            comp = words_of(complement)
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


_HONORIFICS = {"cheikh", "cheik", "sheikh", "m.", "mme", "mgr", "dr", "prince", "princesse", "général", "générale",
               "amiral", "colonel", "maréchal", "sir", "lord", "dame", "émir", "sultan"}
_REACH = 8  # tokens of a title's unread complement (« porte-parole adjointe du département d'État, X »)


def holders_of(sentence: Sentence, title: Title) -> list[tuple[Mention, Mention | None]]:
    """The people a title belongs to, each with the state or body a complement names when the title itself
    named none: right after it (« le président X », « le ministre, X, », « la porte-parole adjointe du
    département d'État, X », « les ministres arménien et azerbaïdjanais, X et Y ») or right before it
    (« X, conseiller du président »)."""
    doc = sentence.doc
    after, extra = title.end, None
    # read past an unrecognised complement up to its comma
    for look in range(title.end, min(title.end + _REACH, sentence.span.end)):
        token = doc[look]
        if token.text == "," and look > title.end:
            after = look
            for t in doc[title.end:look]:
                mention = sentence.mention_at(t)
                if mention is not None and mention.how in {gz.DEMONYM, gz.NAME, gz.BODY, gz.ORGANISATION, "ner-org"}:
                    extra = extra or mention
            break
        mention = sentence.mention_at(token)
        if token.pos_ in {"VERB", "AUX"} or (token.is_punct and token.text not in {"-", "'"}) or \
                (mention is not None and mention.how == gz.PERSON):
            break
    if after < sentence.span.end and doc[after].text == ",":
        after += 1
    while after < sentence.span.end and doc[after].lower_ in _HONORIFICS:
        after += 1
    people = _people_list(sentence, after)
    if people:
        orgs = list(title.orgs) if len(title.orgs) == len(people) > 1 else [title.org or extra] * len(people)
        return list(zip(people, orgs, strict=True))
    before = title.start - 1
    while before >= sentence.span.start and doc[before].lower_ in _DETERMINERS:
        before -= 1
    if before >= sentence.span.start and doc[before].text == ",":
        mention = sentence.mention_at(doc[before - 1]) if before - 1 >= sentence.span.start else None
        if mention is not None and mention.how == gz.PERSON and mention.end == before:
            return [(mention, title.org)]
    return []


def _people_list(sentence: Sentence, at: int) -> list[Mention]:
    """« X », or « X et Y » / « X, Y et Z » starting at token `at`."""
    doc = sentence.doc
    people: list[Mention] = []
    while at < sentence.span.end:
        mention = sentence.mention_at(doc[at])
        if mention is None or mention.how != gz.PERSON or mention.start != at:
            break
        people.append(mention)
        at = mention.end
        if at < sentence.span.end and doc[at].lower_ in {"et", ","} and len(people) < 5:
            at += 1
            continue
        break
    return people
