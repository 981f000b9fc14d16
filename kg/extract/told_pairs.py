"""Two posts told without names in one sentence, their holders named together in the next: « Le ministre
chilien de la Défense a reçu son homologue uruguayen. A et B ont signé ... »: A holds the
first post, B the second; and two names after a plural title « des deux pays », each of one state of the pair
named just before, in order; and a plural title « des deux pays » with no names, its two holders named together in
the sentence right before or right after it, each of one state of the pair the article named last, in order."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.own_words import CIVILITIES
from kg.extract.people import Title
from kg.extract.syntax import Sentence
from kg.records import Entity


def unnamed_pair(titles: list[Title], held: set[int]) -> tuple[Title, Title] | None:
    """The two titles of a sentence, when neither has a holder named beside it and each names its state."""
    if len(titles) != 2 or any(t.start in held or t.inner or t.org is None or t.org.state is None for t in titles):
        return None
    first, second = titles
    return (first, second) if first.org is not None and second.org is not None and \
        first.org.state != second.org.state else None


def opening_pair(sentence: Sentence) -> tuple[Mention, Mention] | None:
    """« A et B ont échangé »: two people named together as the subject that opens the sentence."""
    doc, start = sentence.doc, sentence.span.start
    first = sentence.mention_at(doc[start])
    if first is None or first.how != gz.PERSON or first.start != start or first.end + 1 >= sentence.span.end or \
            doc[first.end].lower_ != "et":
        return None
    second = sentence.mention_at(doc[first.end + 1])
    if second is None or second.how != gz.PERSON or second.start != first.end + 1 or \
            second.end >= sentence.span.end or doc[second.end].pos_ not in {"VERB", "AUX"}:
        return None
    return first, second


def named_pair(sentence: Sentence) -> tuple[Mention, Mention] | None:
    """« La Jordanie et l'Irak ont renforcé leur coopération »: two states named by name and joined by « et »."""
    doc = sentence.doc
    names = [m for m in sentence.mentions if m.how == gz.NAME and m.state is not None]
    for first, second in pairwise(names):
        between = [t.lower_ for t in doc[first.end:second.start]]
        if between[:1] == ["et"] and all(w in {"la", "le", "l'", "les"} for w in between[1:]) and \
                first.state != second.state:
            return first, second
    return None


def of_the_pair(sentence: Sentence, title: Title, holders: list[tuple[Mention, Mention | None]],
                pair: tuple[Mention, Mention] | None) -> list[tuple[Mention, Mention | None]]:
    """« Les ministres de la Défense des deux pays, X et Y, ont signé »: X holds the post in the first state of the
    pair named before, Y in the second."""
    if pair is None or len(holders) != 2 or any(org is not None for _, org in holders) or title.org is not None:
        return holders
    between = sentence.doc[title.end:holders[0][0].start]
    if not any(t.lower_ == "deux" for t in between) or \
            not any(t.lemma_.lower() in word_list("pair-nouns.tsv") | {"état"} for t in between):
        return holders
    return [(holder, state) for (holder, _), state in zip(holders, pair, strict=True)]


Paired = tuple[tuple[Mention, Mention | None], tuple[Mention, Mention | None]]


def people_pair(sentence: Sentence) -> Paired | None:
    """« A, ministre chilien ..., et M. B ont affirmé »: the only two people a sentence names, the second after
    « et » (and a civility) and before its verb, each with the demonym its own words name, if one: a pair a later
    « les deux ministres » names."""
    doc, people = sentence.doc, [m for m in sentence.mentions if m.how == gz.PERSON]
    if len(people) != 2 or people[0].entity.key == people[1].entity.key:
        return None
    first, second = people
    at = second.start - 1
    while at > first.end and doc[at].lower_ in CIVILITIES:
        at -= 1
    after = second.end + (second.end < sentence.span.end and doc[second.end].text == ",")
    if doc[at].lower_ != "et" or after >= sentence.span.end or doc[after].pos_ not in {"VERB", "AUX"}:
        return None
    demonyms = [m for m in sentence.mentions if m.how == gz.DEMONYM and m.state is not None]
    own = [next((m for m in demonyms if start <= m.start < end), None)
           for start, end in ((first.end, at), (second.end, after))]
    return (first, own[0]), (second, own[1])


def both_of(sentence: Sentence, title: Title) -> bool:
    """« les deux ministres »: a plural title after « deux », which names both people of a pair told before."""
    doc = sentence.doc
    return title.start - 2 >= sentence.span.start and doc[title.start - 1].lower_ == "deux" and \
        doc[title.start - 2].lower_ in {"les", "ces"} and doc[title.end - 1].lower_.endswith(("s", "x"))


def pair_sides(pair: Paired, host: Entity | None) -> list[tuple[Mention, Mention | None]]:
    """Each person of a pair with their state: the demonym told in their own words; else, when the other's
    names one, the `host` of the visit the story reports, if that is another state."""
    (first, one), (second, other) = pair
    told = [m.state.key for m in (one, other) if m is not None and m.state is not None]
    if host is not None and len(told) == 1 and host.key not in told:
        side = Mention(first.start, first.start + 1, host, gz.DEMONYM, host)
        one, other = one or side, other or side
    return [(first, one), (second, other)]


def of_both_countries(sentence: Sentence, title: Title) -> bool:
    """« les présidents des deux pays », « les ministres de la Défense des 2 pays »: a title in the plural whose
    complement is the pair of states, with no state of its own."""
    doc, end = sentence.doc, sentence.span.end
    at = title.end
    if title.org is not None or title.orgs or title.inner or at + 2 >= end or \
            not doc[title.start].lower_.endswith(("s", "x")):
        return False
    return doc[at].lower_ == "des" and doc[at + 1].lower_ in {"deux", "2"} and doc[at + 2].lower_ == "pays"


def countries_pair(sentence: Sentence, titles: list[Title], held: set[int],
                   pair: tuple[Mention, Mention] | None) -> tuple[Title, Title] | None:
    """The one plural title « des deux pays » of a sentence that no name holds, as one title per state of the
    pair the article named last (for the two people the next sentence opens with)."""
    plural = [t for t in titles if t.start not in held and of_both_countries(sentence, t)]
    if pair is None or len(plural) != 1 or len(titles) != 1:
        return None
    title = plural[0]
    return replace(title, org=pair[0]), replace(title, org=pair[1])


def sides_in_order(people: Paired, pair: tuple[Mention, Mention] | None) -> list[tuple[Mention, Mention | None]]:
    """The two people named together before « les ministres des deux pays », each with the state of the pair the
    article named last in the same order, when their own words name no state."""
    (first, one), (second, other) = people
    if pair is None or one is not None or other is not None:
        return []
    return [(first, pair[0]), (second, pair[1])]
